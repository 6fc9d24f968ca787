package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportFilter;
import uz.muhokama.problems.ReportSummary;
import uz.muhokama.problems.ResponseTemplate;
import uz.muhokama.shared.Roles;

/**
 * The queue of a utility's reports for its staff (and, for administrators, any utility's queue and the triage queue
 * of reports no organisation covers): overdue ones marked, filtered by status, newest first, loaded as needed; and the
 * organisation's response templates.
 */
@Route("problems/queue")
@RolesAllowed({Roles.UTILITY_STAFF, Roles.ADMIN})
class StaffQueueView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    /** One queue to pick: an organisation's, or triage when {@code organisation} is {@code null}. */
    record Queue(OrganisationDetails organisation) {
    }

    private final transient ProblemStaffService staff;
    private final Select<Queue> queue = new Select<>();
    private final Select<ProblemStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Grid<ReportSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final Div templates = new Div();

    StaffQueueView(ProblemStaffService staff) {
        this.staff = staff;
        addClassNames("page", "problem-queue-page");
        queue.setId("problems-queue-organisation");
        status.setId("problems-queue-status");
        status.setItems(ProblemStatus.values());
        status.setEmptySelectionAllowed(true);
        overdue.setId("problems-queue-overdue");
        grid.setId("problems-queue-grid");
        count.setId("problems-queue-count");
        templates.setId("problems-templates");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id().value())))));
        queue.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<Queue> queues = new ArrayList<>(staff.myOrganisations().stream().map(Queue::new).toList());
        if (staff.mayTriage()) {
            queues.add(new Queue(null));
        }
        Queue selected = queue.getValue();
        queue.setItems(queues);
        queue.setItemLabelGenerator(q -> q.organisation() == null ? getTranslation("problems.triage")
                : q.organisation().names().in(getLocale()));
        queue.setLabel(getTranslation("problems.queue.organisation"));
        status.setLabel(getTranslation("problems.field.status"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("problems.filter.any") : ProblemTexts.status(this, s));
        overdue.setLabel(getTranslation("problems.filter.overdue"));
        columns();
        Div filters = new Div(queue, status, overdue);
        filters.addClassName("problems-filters");
        add(new H1(getTranslation("problems.queue.title")), filters, count, grid, templates);
        if (queues.isEmpty()) {
            add(new Paragraph(getTranslation("problems.queue.none")));
            return;
        }
        queue.setValue(selected != null && queues.contains(selected) ? selected : queues.getFirst());
    }

    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(r -> "#" + r.id().value()).setHeader(getTranslation("problems.queue.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportSummary::title).setHeader(getTranslation("problems.field.title")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Div badges = new Div(ProblemTexts.badge(this, r.status()));
            if (r.overdue()) {
                badges.add(ProblemTexts.overdue(this));
            }
            return badges;
        })).setHeader(getTranslation("problems.field.status")).setAutoWidth(true);
        grid.addColumn(r -> ProblemTexts.date(r.createdAt())).setHeader(getTranslation("problems.field.created"))
                .setAutoWidth(true);
        grid.addColumn(r -> ProblemTexts.date(r.deadline())).setHeader(getTranslation("problems.field.deadline"))
                .setAutoWidth(true);
    }

    private ReportFilter filter() {
        Queue chosen = queue.getValue();
        if (chosen == null) {
            return null;
        }
        return new ReportFilter(null, status.getValue(), null,
                chosen.organisation() == null ? null : chosen.organisation().id(), null, null, overdue.getValue(),
                chosen.organisation() == null);
    }

    private void refresh() {
        ReportFilter filter = filter();
        if (filter == null) {
            return;
        }
        count.setText(getTranslation("problems.list.count", staff.queueCount(filter)));
        grid.setItems(DataProvider.<ReportSummary>fromCallbacks(q -> staff.queue(filter, q.getOffset(), q.getLimit()).stream(),
                q -> staff.queueCount(filter)));
        showTemplates();
    }

    private void showTemplates() {
        templates.removeAll();
        Queue chosen = queue.getValue();
        if (chosen == null || chosen.organisation() == null) {
            return;
        }
        templates.addClassName("problem-templates");
        templates.add(new H2(getTranslation("problems.templates.title")));
        for (ResponseTemplate template : staff.templates(chosen.organisation().id())) {
            Div row = new Div(new Span(template.title()), new Paragraph(template.body()));
            row.addClassName("problem-template");
            templates.add(row);
        }
        TextField title = new TextField(getTranslation("problems.templates.name"));
        title.setId("problems-template-title");
        title.setMaxLength(120);
        TextArea body = new TextArea(getTranslation("problems.templates.body"));
        body.setId("problems-template-body");
        body.setMaxLength(2000);
        Button add = new Button(getTranslation("problems.templates.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                staff.addTemplate(chosen.organisation().id(), title.getValue(), body.getValue());
                ProblemTexts.done(this, "problems.templates.added");
                showTemplates();
            } catch (ProblemException ex) {
                ProblemTexts.error(this, ex);
            }
        });
        add.setId("problems-template-add");
        templates.add(title, body, add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.queue.title") + " · " + getTranslation("app.name");
    }
}

