package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uz.muhokama.problems.HiddenReport;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.shared.Roles;

/**
 * The reports moderators hid from the public as abusive: each links to its page (moderators still see it) and can be
 * shown again, for a report hidden by mistake. Hiding happens on the report's own page.
 */
@Route("admin/hidden-reports")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
class HiddenReportsView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Tashkent"));

    private final transient ProblemSetupService setup;
    private final transient ProblemStaffService staff;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final Grid<HiddenReport> grid = new Grid<>();

    HiddenReportsView(ProblemSetupService setup, ProblemStaffService staff, AuthenticationContext authentication) {
        this.setup = setup;
        this.staff = staff;
        addClassNames("page", "admin-page", "problems-admin-page");
        lead.addClassName("lead");
        grid.setId("hidden-reports-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(title);
        // The other tabs lead to administrators' pages; a moderator has only this one.
        if (authentication.hasRole(Roles.ADMIN)) {
            add(new ProblemAdminTabs());
        }
        add(lead, grid);
    }

    private Component report(HiddenReport report) {
        Anchor link = new Anchor("/problems/" + report.id().value(), getTranslation("problems.admin.hidden.link",
                String.valueOf(report.id().value()), report.title()));
        link.setId("hidden-report-" + report.id().value());
        return link;
    }

    private Component showAgain(HiddenReport report) {
        Button show = new Button(getTranslation("problems.admin.hidden.show"), VaadinIcon.EYE.create(), e -> {
            try {
                staff.setHidden(report.id(), false);
            } catch (ProblemException ex) {
                AdminNotices.refused(this, ex);
                return;
            }
            AdminNotices.done(this, "problems.admin.hidden.shown");
            refresh();
        });
        show.setId("hidden-report-show-" + report.id().value());
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return show;
    }

    private void refresh() {
        grid.setItems(setup.hiddenReports());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("problems.admin.hidden.title"));
        lead.setText(getTranslation("problems.admin.hidden.lead"));
        grid.removeAllColumns();
        grid.addComponentColumn(this::report).setHeader(getTranslation("problems.admin.hidden.report"))
                .setFlexGrow(3);
        grid.addColumn(r -> WHEN.format(r.changedAt())).setHeader(getTranslation("problems.admin.hidden.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::showAgain).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("problems.admin.hidden.empty"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.admin.hidden.title") + " · " + getTranslation("app.name");
    }
}
