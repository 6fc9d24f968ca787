package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.ModeratedComment;
import uz.muhokama.drafts.ModerationService;
import uz.muhokama.shared.Roles;

/**
 * The moderators' queue: reported comments, the longest-waiting first, each with its draft, provision and the reasons
 * people gave, and the decisions (hide with a public reason, dismiss the reports); a second tab lists hidden comments
 * to show one again.
 */
@Route("moderation")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
class ModerationView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final transient ModerationService moderation;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final Tab queueTab = new Tab();
    private final Tab hiddenTab = new Tab();
    private final Tabs tabs = new Tabs(queueTab, hiddenTab);
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassNames("page", "moderation-page");
        lead.addClassName("lead");
        queueTab.setId("moderation-tab-queue");
        hiddenTab.setId("moderation-tab-hidden");
        tabs.addClassName("moderation-tabs");
        tabs.addSelectedChangeListener(e -> reload());
        list.setId("moderation-list");
        list.addClassName("moderation-list");
        more.setId("moderation-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        add(title, lead, tabs, list, more);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.moderation.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("drafts.moderation.title"));
        lead.setText(getTranslation("drafts.moderation.lead"));
        more.setText(getTranslation("drafts.moderation.more"));
        reload();
    }

    private boolean showingQueue() {
        return tabs.getSelectedTab() != hiddenTab;
    }

    private void reload() {
        queueTab.setLabel(getTranslation("drafts.moderation.tab.queue", moderation.queueSize()));
        hiddenTab.setLabel(getTranslation("drafts.moderation.tab.hidden", moderation.hiddenCount()));
        list.removeAll();
        shown = 0;
        loadMore();
        if (shown == 0) {
            Paragraph empty = new Paragraph(getTranslation(showingQueue()
                    ? "drafts.moderation.empty" : "drafts.moderation.noneHidden"));
            empty.setId("moderation-empty");
            empty.addClassName("moderation-empty");
            list.add(empty);
        }
    }

    private void loadMore() {
        List<ModeratedComment> page = showingQueue() ? moderation.queue(shown, PAGE) : moderation.hidden(shown, PAGE);
        page.forEach(c -> list.add(card(c)));
        shown += page.size();
        int total = showingQueue() ? moderation.queueSize() : moderation.hiddenCount();
        more.setVisible(shown < total);
    }

    private Component card(ModeratedComment c) {
        Div card = new Div();
        card.setId("moderation-item-" + c.id().value());
        card.addClassName("moderation-card");

        String draftPage = "drafts/" + c.draft().value();
        Anchor draft = new Anchor(draftPage, c.draftTitle(getLocale()));
        draft.addClassName("moderation-draft");
        Span where = new Span(c.provision() == null ? getTranslation("drafts.moderation.wholeDraft")
                : provisionLabel(c));
        where.addClassName("moderation-where");
        Div context = new Div(draft, where);
        context.addClassName("moderation-context");

        Span author = new Span(getTranslation("drafts.moderation.postedBy", c.authorName(), time(c.postedAt())));
        author.addClassName("moderation-meta");

        Paragraph body = new Paragraph(c.body());
        body.addClassName("moderation-body");
        card.add(context, author, body);
        if (c.proposedWording() != null) {
            Div wording = new Div(new Span(getTranslation("drafts.moderation.wording")),
                    new Paragraph(c.proposedWording()));
            wording.addClassName("moderation-wording");
            card.add(wording);
        }
        if (c.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("drafts.moderation.hiddenNotice", c.hiddenReason(),
                    c.hiddenByName() == null ? "" : c.hiddenByName(), time(c.hiddenAt())));
            hidden.addClassName("moderation-hidden");
            card.add(hidden);
        }
        if (c.reports() > 0) {
            card.add(reports(c));
        }
        card.add(actions(c));
        return card;
    }

    private Component reports(ModeratedComment c) {
        H2 heading = new H2(getTranslation("drafts.moderation.reports", c.reports(), time(c.firstReportedAt())));
        UnorderedList reasons = new UnorderedList();
        c.reasons().forEach(r -> reasons.add(new ListItem(r)));
        Div box = new Div(heading, reasons);
        box.addClassName("moderation-reports");
        return box;
    }

    private Component actions(ModeratedComment c) {
        Div actions = new Div();
        actions.addClassName("moderation-actions");
        long id = c.id().value();
        if (c.hidden()) {
            Button restore = new Button(getTranslation("drafts.moderation.restore"), VaadinIcon.EYE.create(),
                    e -> new ModerationReasonDialog(this, "drafts.moderation.restoreTitle",
                            "drafts.moderation.restoreReason", "drafts.moderation.restore", false,
                            reason -> decide(() -> moderation.restore(c.id(), reason),
                                    "drafts.moderation.restored")).open());
            restore.setId("moderation-restore-" + id);
            actions.add(restore);
        } else {
            Button hide = new Button(getTranslation("drafts.moderation.hide"), VaadinIcon.EYE_SLASH.create(),
                    e -> new ModerationReasonDialog(this, "drafts.moderation.hideTitle",
                            "drafts.moderation.hideReason", "drafts.moderation.hide", true,
                            reason -> decide(() -> moderation.hide(c.id(), reason), "drafts.moderation.hidden"))
                            .open());
            hide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            hide.setId("moderation-hide-" + id);
            actions.add(hide);
        }
        if (c.reports() > 0) {
            Button dismiss = new Button(getTranslation("drafts.moderation.dismiss"), VaadinIcon.CHECK.create(),
                    e -> decide(() -> moderation.dismiss(c.id()), "drafts.moderation.dismissed"));
            dismiss.setId("moderation-dismiss-" + id);
            actions.add(dismiss);
        }
        return actions;
    }

    /** Carries out a decision and says how it went; returns whether it was done. */
    boolean decide(Runnable decision, String doneKey) {
        try {
            decision.run();
        } catch (DraftException e) {
            Notification.show(getTranslation(e.messageKey(), e.messageArguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
            return false;
        }
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
        return true;
    }

    private String provisionLabel(ModeratedComment c) {
        var p = c.provision();
        String label = DraftLabels.of(this, List.of(p)).apply(p.kind(), p.number());
        String heading = p.heading() == null ? "" : p.heading();
        return getTranslation("drafts.moderation.onProvision", (label + " " + heading).strip(), c.versionNumber());
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(DraftService.TASHKENT));
    }
}
