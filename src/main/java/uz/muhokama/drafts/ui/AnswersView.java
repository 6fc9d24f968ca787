package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.security.access.AccessDeniedException;
import uz.muhokama.drafts.AnswerProgress;
import uz.muhokama.drafts.AnswerService;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.Proposal;
import uz.muhokama.drafts.ProposalFilter;
import uz.muhokama.drafts.UnansweredProposalsException;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.Roles;

/**
 * The agency's answering page of a draft: its proposals, unanswered first (optionally only those, or only one
 * provision's), one form per proposal for the disposition and its reason, the progress "N of M answered", and, once
 * the discussion is closed, the button that publishes the consolidated table.
 */
@Route("drafts/:id([0-9]{1,18})/answers")
@RolesAllowed({Roles.AGENCY_EDITOR, Roles.ADMIN})
class AnswersView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final int PAGE = 20;

    private final transient DraftService drafts;
    private final transient AnswerService answers;
    private final transient CommentService comments;
    private DraftDetails draft;
    private final Div list = new Div();
    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Checkbox unansweredOnly = new Checkbox();
    private final Select<String> provision = new Select<>();
    private final Map<String, String> provisionLabels = new LinkedHashMap<>();
    private Button publish;
    private int shown;

    AnswersView(DraftService drafts, AnswerService answers, CommentService comments) {
        this.drafts = drafts;
        this.answers = answers;
        this.comments = comments;
        addClassNames("page", "answers-page");
        list.setId("answer-list");
        list.addClassName("answer-list");
        progressText.setId("answer-progress");
        progressBar.setId("answer-progress-bar");
        unansweredOnly.setId("answer-filter-unanswered");
        unansweredOnly.addValueChangeListener(e -> reload());
        provision.setId("answer-filter-provision");
        provision.setEmptySelectionAllowed(true);
        provision.addValueChangeListener(e -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        draft = drafts.find(new DraftId(id)).filter(d -> d.status().isPublic())
                .orElseThrow(NotFoundException::new);
        if (!drafts.mayEdit(draft.organisation())) {
            throw new AccessDeniedException("Not an editor of the draft's agency");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.answers.title") + (draft == null ? "" : " — " + draft.title(getLocale()));
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("drafts.answers.title"));
        Anchor back = new Anchor("/drafts/" + draft.id().value(), getTranslation("drafts.answers.back"));
        back.setId("answer-back");
        back.addClassName("answers-back");
        Div header = new Div(title, back);
        header.addClassName("page-header");
        Paragraph subtitle = new Paragraph(draft.title(getLocale()));
        subtitle.addClassName("answers-draft-title");
        subtitle.setId("answer-draft-title");
        add(header, subtitle, summary(), filters(), list);
        reload();
    }

    private Div summary() {
        Div summary = new Div();
        summary.addClassName("answers-summary");
        progressBar.addClassName("answers-progress-bar");
        Div progress = new Div(progressText, progressBar);
        progress.addClassName("answers-progress");
        summary.add(progress);
        if (draft.status() == DraftStatus.CLOSED) {
            publish = new Button(getTranslation("drafts.table.publish"), VaadinIcon.TABLE.create(),
                    e -> confirmPublish());
            publish.setId("answer-publish-table");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            summary.add(publish);
        } else if (draft.status() == DraftStatus.OPEN) {
            summary.add(note("drafts.table.error.notClosed"));
        } else {
            summary.add(note("drafts.answers.readOnly"));
            Anchor table = new Anchor("/drafts/" + draft.id().value() + "/table", getTranslation("drafts.table.open"));
            table.setId("answer-table-link");
            summary.add(table);
        }
        return summary;
    }

    private Paragraph note(String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.addClassName("answers-note");
        return note;
    }

    private Div filters() {
        unansweredOnly.setLabel(getTranslation("drafts.answers.filter.unanswered"));
        provision.setLabel(getTranslation("drafts.answers.filter.provision"));
        provision.setEmptySelectionCaption(getTranslation("drafts.answers.filter.allProvisions"));
        provisionLabels.clear();
        Map<String, Integer> counts = comments.countsByProvision(draft.id());
        List<DraftProvision> text = drafts.text(draft.id(), draft.latestVersion());
        BiFunction<ProvisionKind, String, String> labels = DraftLabels.of(this, text);
        for (DraftProvision p : text) {
            if (counts.containsKey(p.stableKey())) {
                provisionLabels.put(p.stableKey(), (labels.apply(p.kind(), p.number()) + " " + p.heading()).strip());
            }
        }
        provision.setItems(new ArrayList<>(provisionLabels.keySet()));
        provision.setItemLabelGenerator(key -> key == null ? getTranslation("drafts.answers.filter.allProvisions")
                : provisionLabels.getOrDefault(key, key));
        Div filters = new Div(unansweredOnly, provision);
        filters.addClassName("answers-filters");
        return filters;
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        updateProgress();
        more();
    }

    private void updateProgress() {
        AnswerProgress progress = answers.progress(draft.id());
        progressText.setText(getTranslation("drafts.answers.progress", progress.answered(), progress.total()));
        progressBar.setValue(progress.total() == 0 ? 0 : (double) progress.answered() / progress.total());
    }

    private void more() {
        list.getChildren().filter(c -> c.getId().filter("answer-more"::equals).isPresent()).toList()
                .forEach(list::remove);
        ProposalFilter filter = new ProposalFilter(unansweredOnly.getValue(), provision.getValue());
        List<Proposal> page = answers.proposals(draft.id(), filter, shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("drafts.answers.empty"));
            empty.setId("answer-empty");
            empty.addClassName("answers-empty");
            list.add(empty);
            return;
        }
        boolean editable = answers.mayAnswer(draft.id());
        page.forEach(p -> list.add(card(p, editable)));
        shown += page.size();
        if (page.size() == PAGE) {
            Button more = new Button(getTranslation("drafts.answers.more"), e -> more());
            more.setId("answer-more");
            more.addClassName("answers-more");
            list.add(more);
        }
    }

    private Div card(Proposal p, boolean editable) {
        Div card = new Div();
        card.addClassName("answer-card");
        card.setId("answer-card-" + p.id().value());
        Span where = new Span(p.provisionLabel() == null ? getTranslation("drafts.answers.wholeDraft")
                : p.provisionLabel());
        where.addClassName("answer-provision");
        Span state = new Span(getTranslation(p.answered() ? "drafts.answers.answered" : "drafts.answers.unanswered"));
        state.getElement().getThemeList().add(p.answered() ? "badge success" : "badge contrast");
        state.addClassName("answer-state");
        Div top = new Div(where, state);
        top.addClassName("answer-card-top");
        Span meta = new Span(p.authorName() + " · " + DraftFormat.date(p.createdAt(), getLocale()) + " · "
                + getTranslation("drafts.answers.votes", p.upVotes(), p.downVotes()));
        meta.addClassName("answer-meta");
        Paragraph body = new Paragraph(p.body());
        body.addClassName("answer-body");
        card.add(top, meta, body);
        if (p.proposedWording() != null) {
            Span label = new Span(getTranslation("drafts.answers.proposedWording"));
            label.addClassName("answer-wording-label");
            Paragraph wording = new Paragraph(p.proposedWording());
            wording.addClassName("answer-wording-text");
            Div block = new Div(label, wording);
            block.addClassName("answer-wording");
            card.add(block);
        }
        card.add(editable ? form(p, state) : decided(p));
        return card;
    }

    private Div form(Proposal p, Span state) {
        RadioButtonGroup<Disposition> disposition = new RadioButtonGroup<>();
        disposition.setLabel(getTranslation("drafts.answers.disposition"));
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation("drafts.answers.disposition." + d.name()));
        disposition.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        disposition.setId("answer-disposition-" + p.id().value());
        disposition.setValue(p.disposition());
        disposition.addClassName("answer-disposition");
        TextArea reason = new TextArea(getTranslation("drafts.answers.reason"));
        reason.setHelperText(getTranslation("drafts.answers.reasonHelp"));
        reason.setMaxLength(AnswerService.REASON_MAX);
        reason.setValue(p.answer() == null ? "" : p.answer());
        reason.setId("answer-reason-" + p.id().value());
        reason.addClassName("answer-reason");
        Button save = new Button(getTranslation("drafts.answers.save"), VaadinIcon.CHECK.create());
        save.setId("answer-save-" + p.id().value());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            disposition.setInvalid(false);
            reason.setInvalid(false);
            try {
                answers.answer(p.id(), disposition.getValue(), reason.getValue());
                state.setText(getTranslation("drafts.answers.answered"));
                state.getElement().getThemeList().remove("contrast");
                state.getElement().getThemeList().add("success");
                updateProgress();
                show(getTranslation("drafts.answers.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (DraftException ex) {
                String message = getTranslation(ex.messageKey(), ex.messageArguments());
                if ("disposition".equals(ex.field())) {
                    disposition.setErrorMessage(message);
                    disposition.setInvalid(true);
                } else if ("reason".equals(ex.field())) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                } else {
                    show(message, NotificationVariant.LUMO_ERROR);
                }
            }
        });
        Div form = new Div(disposition, reason, save);
        form.addClassName("answer-form");
        return form;
    }

    private Div decided(Proposal p) {
        Div decided = new Div();
        decided.addClassName("answer-decided");
        if (p.answered()) {
            Span disposition = new Span(getTranslation("drafts.answers.disposition." + p.disposition().name()));
            disposition.addClassName("answer-decided-disposition");
            Paragraph reason = new Paragraph(p.answer());
            reason.addClassName("answer-decided-reason");
            decided.add(disposition, reason);
        }
        return decided;
    }

    private void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("answer-publish-dialog");
        dialog.setHeader(getTranslation("drafts.table.publishConfirm"));
        dialog.setText(getTranslation("drafts.table.publishConfirmText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("drafts.table.cancel"));
        dialog.setConfirmText(getTranslation("drafts.table.publish"));
        dialog.addConfirmListener(e -> publishTable());
        dialog.open();
    }

    private void publishTable() {
        try {
            drafts.publishTable(draft.id(), draft.version());
            show(getTranslation("drafts.table.published"), NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("drafts/" + draft.id().value() + "/table");
        } catch (UnansweredProposalsException ex) {
            show(getTranslation(ex.messageKey(), ex.missing()), NotificationVariant.LUMO_ERROR);
            unansweredOnly.setValue(true);
        } catch (DraftException ex) {
            show(getTranslation(ex.messageKey(), ex.messageArguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
