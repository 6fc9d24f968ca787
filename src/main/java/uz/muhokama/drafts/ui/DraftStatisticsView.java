package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftStatistics;
import uz.muhokama.drafts.DraftStats;
import uz.muhokama.drafts.DuplicateGrouping;
import uz.muhokama.drafts.DuplicateGroupingService;
import uz.muhokama.shared.Roles;

/** The statistics of one published draft, with charts; moderators may also group its comments again. */
@Route("drafts/:id([0-9]{1,18})/statistics")
@AnonymousAllowed
class DraftStatisticsView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient DraftService drafts;
    private final transient DraftStatistics statistics;
    private final transient DuplicateGroupingService grouping;
    private final transient AuthenticationContext authentication;
    private final Anchor back = new Anchor();
    private final Anchor agency = new Anchor();
    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final Paragraph lead = new Paragraph();
    private final Button regroup = new Button(VaadinIcon.CLUSTER.create());
    private final StatsPanel panel = new StatsPanel();
    private DraftDetails draft;

    DraftStatisticsView(DraftService drafts, DraftStatistics statistics, DuplicateGroupingService grouping,
                        AuthenticationContext authentication) {
        this.drafts = drafts;
        this.statistics = statistics;
        this.grouping = grouping;
        this.authentication = authentication;
        addClassNames("page", "stats-page");
        back.setId("stats-back");
        back.addClassName("stats-back");
        agency.setId("stats-agency-link");
        agency.addClassName("stats-back");
        title.setId("stats-title");
        subtitle.addClassName("stats-subtitle");
        lead.addClassName("lead");
        regroup.setId("stats-regroup");
        regroup.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        regroup.addClickListener(e -> regroup());
        Div links = new Div(back, agency, regroup);
        links.addClassName("stats-links");
        add(links, title, subtitle, lead, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        draft = drafts.find(new DraftId(id)).filter(d -> d.status().isPublic()).orElseThrow(NotFoundException::new);
        regroup.setVisible(authentication.hasAnyRole(Roles.MODERATOR, Roles.ADMIN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.stats.title") + (draft == null ? "" : " · " + draft.title(getLocale()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        back.setText(getTranslation("drafts.stats.back"));
        back.setHref("drafts/" + draft.id().value());
        agency.setText(getTranslation("drafts.stats.agencyLink"));
        agency.setHref("drafts/statistics?agency=" + draft.organisation().value());
        title.setText(getTranslation("drafts.stats.title"));
        subtitle.setText(draft.title(getLocale()));
        lead.setText(getTranslation("drafts.stats.lead"));
        regroup.setText(getTranslation("drafts.stats.regroup"));
        refresh();
    }

    private void refresh() {
        DraftStats stats = statistics.of(draft.id()).orElseThrow(NotFoundException::new);
        panel.show(stats);
    }

    private void regroup() {
        try {
            DuplicateGrouping result = grouping.regroup(draft.id());
            Notification.show(getTranslation("drafts.stats.regrouped", result.comments(), result.groups()), 4000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DraftException e) {
            Notification.show(getTranslation(e.messageKey(), e.messageArguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
