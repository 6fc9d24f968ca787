package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.muhokama.accounts.AccountPrincipal;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftAttachment;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.PeriodChange;
import uz.muhokama.drafts.VersionInfo;
import uz.muhokama.files.FileService;
import uz.muhokama.legislation.ActService;
import uz.muhokama.shared.SupportedLocale;

/**
 * A draft's page: the card (agency, type, number, status, period in Tashkent time with the days left, extensions with
 * their reasons), the summary, the attachments, and the text with its table of contents, a permalink per article
 * ({@code drafts/12/chp_1__art_3}), a version switcher ({@code ?v=1}) and the difference between two versions
 * ({@code ?v=2&compare=1}).
 */
@Route("drafts/:id([0-9]{1,18})/:eid([a-z][a-z0-9_]*)?")
@AnonymousAllowed
class DraftView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** Which article's comment button was pressed: the button carries the article's eId. */
    private static final String PRESSED_EID = "event.target.closest('[data-comment-eid]').dataset.commentEid";

    private final transient DraftService drafts;
    private final transient OrganisationService organisations;
    private final transient CommentService comments;
    private final transient FileService files;
    private final transient AuthenticationContext authentication;
    private final transient ActService acts;
    private DraftDetails draft;
    private String eId;
    private int shown;
    private int compare;
    private CommentPage commentPage;
    private CommentsSection commentsSection;
    private Html textHtml;

    DraftView(DraftService drafts, OrganisationService organisations, CommentService comments, FileService files,
              AuthenticationContext authentication, ActService acts) {
        this.drafts = drafts;
        this.acts = acts;
        this.organisations = organisations;
        this.comments = comments;
        this.files = files;
        this.authentication = authentication;
        addClassNames("page", "draft-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        draft = drafts.find(new DraftId(id)).orElseThrow(NotFoundException::new);
        eId = event.getRouteParameters().get("eid").orElse(null);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        shown = number(query, "v", draft.latestVersion());
        compare = number(query, "compare", 0);
        if (shown < 1 || shown > draft.latestVersion()) {
            shown = draft.latestVersion();
        }
        if (compare == shown || compare > draft.latestVersion()) {
            compare = 0;
        }
        if (isAttached()) {
            render();
        }
    }

    private static int number(Map<String, List<String>> query, String name, int fallback) {
        try {
            return query.containsKey(name) ? Integer.parseInt(query.get(name).getFirst()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    /** Builds the page; again on a language switch and when another version or article is chosen on it. */
    private void render() {
        removeAll();
        textHtml = null;
        Locale locale = getLocale();
        H1 title = new H1(draft.title(locale));
        title.addClassName("draft-title");
        title.setId("draft-title");
        Div header = new Div(title);
        header.addClassName("page-header");
        if (drafts.mayEdit(draft.organisation())) {
            Button edit = new Button(getTranslation("drafts.page.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + draft.id().value() + "/edit")));
            edit.setId("draft-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(edit);
        }
        if (draft.status() == DraftStatus.ANSWERED || draft.status() == DraftStatus.ADOPTED) {
            Anchor table = new Anchor("/drafts/" + draft.id().value() + "/table", getTranslation("drafts.table.open"));
            table.setId("draft-table-link");
            table.addClassName("draft-table-link");
            table.addComponentAsFirst(VaadinIcon.TABLE.create());
            header.add(table);
        }
        if (draft.status().isPublic()) {
            Anchor statistics = new Anchor(RouteConfiguration.forSessionScope().getUrl(DraftStatisticsView.class,
                    new RouteParameters("id", String.valueOf(draft.id().value()))), getTranslation("drafts.stats.title"));
            statistics.setId("draft-statistics-link");
            statistics.addClassName("draft-table-link");
            statistics.addComponentAsFirst(VaadinIcon.BAR_CHART.create());
            header.add(statistics);
        }
        add(header, card(locale));
        Paragraph summary = new Paragraph(draft.summary(locale));
        summary.addClassName("draft-summary");
        summary.setId("draft-summary");
        add(summary);
        if (!draft.attachments().isEmpty()) {
            add(attachments());
        }
        commentPage = commentPage();
        add(textSection());
        if (draft.status().isPublic()) {
            commentsSection = new CommentsSection(commentPage);
            add(commentsSection);
        }
    }

    private CommentPage commentPage() {
        Long me = authentication.getAuthenticatedUser(Object.class).filter(AccountPrincipal.class::isInstance)
                .map(p -> ((AccountPrincipal) p).userId()).orElse(null);
        List<DraftProvision> text = drafts.text(draft.id(), shown);
        CommentPage page = new CommentPage(comments, drafts, files, draft, shown, text, me,
                drafts.acceptsParticipation(draft.id(), Instant.now()), DraftLabels.of(this, text));
        page.onOpen(this::openComments);
        page.onChanged(this::showCount);
        return page;
    }

    /** Opens the comments of the article whose button was pressed (by its eId in the version shown). */
    void openComments(String articleEId) {
        commentPage.text(shown).stream().filter(p -> p.eId().equals(articleEId)).findFirst()
                .ifPresent(this::openComments);
    }

    private void openComments(DraftProvision article) {
        CommentSheet sheet = new CommentSheet(commentPage, article);
        sheet.addOpenedChangeListener(e -> {
            if (!e.isOpened() && commentsSection != null) {
                commentsSection.refresh();
            }
        });
        sheet.open();
    }

    /** Updates the number on an article's comment button after a comment was posted in its sheet. */
    private void showCount(String provisionKey) {
        if (provisionKey == null || textHtml == null) {
            return;
        }
        commentPage.byKey(provisionKey).ifPresent(p -> textHtml.getElement().executeJs("""
                const button = this.querySelector('[data-comment-eid="' + $0 + '"]');
                if (button) {
                  button.classList.add('has-comments');
                  button.querySelector('.comment-open-count').textContent = $1;
                }
                """, p.eId(), String.valueOf(comments.countsByProvision(draft.id()).getOrDefault(provisionKey, 0))));
    }

    private Div card(Locale locale) {
        Div card = new Div();
        card.addClassName("draft-card-header");
        card.setId("draft-header");
        Span type = new Span(getTranslation("drafts.type." + draft.type().name()));
        type.addClassName("draft-type");
        Div top = new Div(type);
        top.addClassName("draft-card-top");
        if (draft.number() != null) {
            Span number = new Span(draft.number());
            number.addClassName("draft-number");
            top.add(number);
        }
        Span status = DraftFormat.statusBadge(this, draft.status());
        status.setId("draft-status");
        top.add(status);
        DescriptionList facts = new DescriptionList();
        fact(facts, "drafts.page.agency", organisations.find(draft.organisation())
                .map(o -> o.names().in(locale)).orElse(""));
        if (draft.start() != null) {
            fact(facts, "drafts.page.period", getTranslation("drafts.period.range", DraftFormat.date(draft.start(),
                    locale), DraftFormat.date(DraftFormat.lastDay(draft.end()), locale)));
            fact(facts, "drafts.page.deadline", getTranslation("drafts.page.deadlineText",
                    DraftFormat.date(DraftFormat.lastDay(draft.end()), locale)));
        }
        card.add(top, facts);
        drafts.adoptedAct(draft.id()).flatMap(acts::byUri).ifPresent(act -> {
            Anchor link = new Anchor(act.summary().uri().substring(1),
                    act.summary().title(SupportedLocale.closestTo(locale).tag()));
            link.setId("draft-adopted-act");
            Paragraph adopted = new Paragraph(new Span(getTranslation("drafts.page.adoptedAs") + " "), link);
            adopted.addClassName("draft-adopted");
            card.add(adopted);
        });
        Instant now = Instant.now();
        if (draft.status() == DraftStatus.OPEN && draft.end() != null && now.isBefore(draft.end())) {
            Span left = new Span(getTranslation("drafts.period.daysLeft", DraftFormat.daysLeft(draft.end(), now)));
            left.addClassName("draft-countdown");
            left.setId("draft-countdown");
            card.add(left);
        } else if (draft.start() != null) {
            Span closed = new Span(getTranslation("drafts.period.closedOn",
                    DraftFormat.date(DraftFormat.lastDay(draft.end()), locale)));
            closed.addClassNames("draft-countdown", "closed");
            card.add(closed);
        }
        for (PeriodChange change : draft.extensions()) {
            Paragraph extended = new Paragraph(getTranslation("drafts.page.extended",
                    DraftFormat.date(DraftFormat.lastDay(change.oldEnd()), locale),
                    DraftFormat.date(DraftFormat.lastDay(change.newEnd()), locale), change.reason()));
            extended.addClassName("draft-extension");
            card.add(extended);
        }
        return card;
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private Div attachments() {
        UnorderedList files = new UnorderedList();
        files.addClassName("draft-attachments");
        files.setId("draft-attachments");
        for (DraftAttachment a : draft.attachments()) {
            Anchor link = new Anchor("/draft-files/" + a.id(), a.title());
            link.getElement().setAttribute("download", true);
            link.setRouterIgnore(true);
            link.setId("draft-attachment-" + a.id());
            Span kind = new Span(getTranslation("drafts.attachment." + a.kind().name()) + " · " + a.fileName()
                    + " · " + (a.sizeBytes() + 1023) / 1024 + " KB");
            kind.addClassName("draft-attachment-meta");
            files.add(new ListItem(VaadinIcon.FILE_TEXT_O.create(), link, kind));
        }
        Div section = new Div(new H2(getTranslation("drafts.page.attachments")), files);
        section.addClassName("draft-section");
        return section;
    }

    private Div textSection() {
        Div section = new Div();
        section.addClassName("draft-section");
        H2 heading = new H2(getTranslation("drafts.page.text"));
        section.add(heading);
        if (draft.versions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("drafts.page.noText"));
            none.addClassName("draft-empty");
            section.add(none);
            return section;
        }
        section.add(versionControls());
        String base = "drafts/" + draft.id().value();
        List<DraftProvision> text = commentPage.text(shown);
        var labels = commentPage.labels;
        if (compare > 0) {
            List<DraftProvision> older = commentPage.text(Math.min(compare, shown));
            List<DraftProvision> newer = commentPage.text(Math.max(compare, shown));
            Html diff = new Html(DraftHtml.diff(older, newer, labels, getTranslation("drafts.page.noChanges"),
                    was -> getTranslation("drafts.comments.renumbered", was)));
            diff.setId("draft-diff");
            section.add(diff);
            return section;
        }
        Html toc = new Html("<nav>" + DraftHtml.toc(text, base, labels) + "</nav>");
        Details contents = new Details(getTranslation("drafts.page.contents"), toc);
        contents.addClassName("draft-toc");
        contents.setId("draft-toc");
        DraftHtml.CommentButtons buttons = draft.status().isPublic()
                ? new DraftHtml.CommentButtons(getTranslation("drafts.comments.open"),
                        label -> getTranslation("drafts.comments.openTitle", label),
                        comments.countsByProvision(draft.id()))
                : null;
        Html body = new Html(DraftHtml.text(text, base, labels, eId, buttons));
        body.setId("draft-text");
        body.getElement().addEventListener("click", e -> openComments(e.getEventData().get(PRESSED_EID).asString()))
                .addEventData(PRESSED_EID).setFilter("event.target.closest('[data-comment-eid]') !== null");
        textHtml = body;
        Div layout = new Div(contents, body);
        layout.addClassName("draft-layout");
        section.add(layout);
        if (eId != null) {
            body.getElement().executeJs("""
                    requestAnimationFrame(() => {
                      const target = document.getElementById($0);
                      if (target) target.scrollIntoView({block: 'start'});
                    });
                    """, eId);
        }
        return section;
    }

    private Div versionControls() {
        Div controls = new Div();
        controls.addClassName("draft-controls");
        List<Integer> numbers = draft.versions().stream().map(VersionInfo::number).toList();
        Select<Integer> version = new Select<>();
        version.setId("draft-version");
        version.setLabel(getTranslation("drafts.page.version"));
        version.setItems(numbers);
        version.setItemLabelGenerator(n -> getTranslation("drafts.page.versionN", n));
        version.setValue(shown);
        Select<Integer> against = new Select<>();
        against.setId("draft-compare");
        against.setLabel(getTranslation("drafts.page.compare"));
        against.setItems(numbers.stream().filter(n -> n != shown).toList());
        against.setEmptySelectionAllowed(true);
        against.setEmptySelectionCaption(getTranslation("drafts.page.compareNone"));
        against.setItemLabelGenerator(n -> n == null ? getTranslation("drafts.page.compareNone")
                : getTranslation("drafts.page.versionN", n));
        against.setValue(compare == 0 ? null : compare);
        against.setVisible(numbers.size() > 1);
        version.addValueChangeListener(e -> go(e.getValue(), 0));
        against.addValueChangeListener(e -> go(shown, e.getValue() == null ? 0 : e.getValue()));
        controls.add(version, against);
        VersionInfo info = draft.versions().get(shown - 1);
        if (info.note() != null) {
            Span note = new Span(info.note());
            note.addClassName("draft-version-note");
            controls.add(note);
        }
        return controls;
    }

    private void go(int version, int against) {
        Map<String, String> query = new HashMap<>();
        query.put("v", String.valueOf(version));
        if (against > 0) {
            query.put("compare", String.valueOf(against));
        }
        UI.getCurrent().navigate("drafts/" + draft.id().value(), QueryParameters.simple(query));
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("drafts.list.title") : draft.title(getLocale());
    }
}
