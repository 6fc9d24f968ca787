package uz.muhokama.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import uz.muhokama.audit.AuditEntry;
import uz.muhokama.audit.AuditLog;
import uz.muhokama.audit.AuditQuery;
import uz.muhokama.shared.Roles;

/** The audit log for administrators, newest first, loaded page by page as one scrolls. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AuditLog auditLog;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Grid.Column<AuditEntry> timeColumn;
    private final Grid.Column<AuditEntry> typeColumn;
    private final Grid.Column<AuditEntry> actorColumn;
    private final Grid.Column<AuditEntry> targetColumn;
    private final Grid.Column<AuditEntry> detailsColumn;
    private final Grid.Column<AuditEntry> ipColumn;

    AuditView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassNames("page", "admin-page", "audit-page");
        lead.addClassName("lead");

        type.setId("audit-type");
        type.setItems(auditLog.types());
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setPrefixComponent(VaadinIcon.USER.create());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> refresh());
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        Div filters = new Div(type, actor, from, to);
        filters.addClassName("admin-toolbar");

        grid.setId("audit-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        timeColumn = grid.addColumn(this::time).setAutoWidth(true).setFlexGrow(0);
        typeColumn = grid.addColumn(AuditEntry::type).setAutoWidth(true).setFlexGrow(0);
        actorColumn = grid.addColumn(AuditEntry::actor).setFlexGrow(2);
        targetColumn = grid.addColumn(AuditEntry::target).setFlexGrow(1);
        detailsColumn = grid.addColumn(AuditEntry::details).setFlexGrow(3);
        ipColumn = grid.addColumn(AuditEntry::remoteIp).setAutoWidth(true).setFlexGrow(0);

        add(title, lead, filters, grid);
        refresh();
    }

    private AuditQuery query() {
        return new AuditQuery(type.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        grid.setItems(q -> auditLog.find(query, q.getOffset(), q.getLimit()).stream(), q -> auditLog.count(query));
    }

    private String time(AuditEntry entry) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(AuditQuery.ZONE).format(entry.occurredAt());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("audit.title"));
        lead.setText(getTranslation("audit.lead"));
        type.setLabel(getTranslation("audit.type"));
        type.setPlaceholder(getTranslation("audit.allTypes"));
        actor.setLabel(getTranslation("audit.actor"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        timeColumn.setHeader(getTranslation("audit.time"));
        typeColumn.setHeader(getTranslation("audit.type"));
        actorColumn.setHeader(getTranslation("audit.actor"));
        targetColumn.setHeader(getTranslation("audit.target"));
        detailsColumn.setHeader(getTranslation("audit.details"));
        ipColumn.setHeader(getTranslation("audit.ip"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
