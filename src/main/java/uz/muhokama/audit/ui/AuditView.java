package uz.muhokama.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import uz.muhokama.audit.AuditEntry;
import uz.muhokama.audit.AuditLog;
import uz.muhokama.audit.AuditQuery;
import uz.muhokama.shared.Roles;

/** The audit log for administrators, newest first, loaded page by page as one scrolls. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final int NARROW_PX = 700;
    /** The other administration pages, in the accounts module, whose views this module may not use. */
    private static final String ORGANISATIONS_ROUTE = "admin/organisations";
    private static final String ROLES_ROUTE = "admin/roles";
    private static final String AUDIT_ROUTE = "admin/audit";
    /** Day first and a 24-hour clock, as dates are written in Uzbekistan in every one of the four languages. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(AuditQuery.ZONE);

    private final transient AuditLog auditLog;
    private final Nav links = new Nav();
    private final Anchor organisationsLink = new Anchor(ORGANISATIONS_ROUTE, "");
    private final Anchor rolesLink = new Anchor(ROLES_ROUTE, "");
    private final Anchor auditLink = new Anchor(AUDIT_ROUTE, "");
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
        links.addClassName("admin-tabs");
        auditLink.getElement().setAttribute("highlight", true);
        links.add(organisationsLink, rolesLink, auditLink);

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
        timeColumn = grid.addColumn(AuditView::time).setAutoWidth(true).setFlexGrow(0);
        typeColumn = grid.addColumn(AuditEntry::type).setAutoWidth(true).setFlexGrow(1);
        actorColumn = grid.addColumn(AuditEntry::actor).setAutoWidth(true).setFlexGrow(1);
        targetColumn = grid.addColumn(AuditEntry::target).setFlexGrow(1);
        detailsColumn = grid.addColumn(AuditEntry::details).setFlexGrow(4);
        ipColumn = grid.addColumn(AuditEntry::remoteIp).setAutoWidth(true).setFlexGrow(0);

        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        detailsColumn.setTooltipGenerator(AuditEntry::details);
        actorColumn.setTooltipGenerator(AuditEntry::actor);
        targetColumn.setTooltipGenerator(AuditEntry::target);

        add(title, links, lead, filters, grid);
        addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails client = page.getExtendedClientDetails();
            if (client != null) {
                fitTo(client.getWindowInnerWidth());
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
            addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        refresh();
    }

    /** Everything about one event, opened by clicking its row; on a phone the only place for the long columns. */
    private Component details(AuditEntry entry) {
        DescriptionList list = new DescriptionList();
        list.addClassName("audit-details");
        describe(list, "audit.target", entry.target());
        describe(list, "audit.details", entry.details());
        describe(list, "audit.actor", entry.actor());
        describe(list, "audit.ip", entry.remoteIp());
        return list;
    }

    private void describe(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    /** A phone keeps the time and the type; the rest shows in the row's details. */
    private void fitTo(int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        actorColumn.setVisible(!narrow);
        targetColumn.setVisible(!narrow);
        detailsColumn.setVisible(!narrow);
        ipColumn.setVisible(!narrow);
    }

    private AuditQuery query() {
        return new AuditQuery(type.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        grid.setItems(q -> auditLog.find(query, q.getOffset(), q.getLimit()).stream(), q -> auditLog.count(query));
    }

    private static String time(AuditEntry entry) {
        return TIME.format(entry.occurredAt());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("audit.title"));
        organisationsLink.setText(getTranslation("accounts.admin.tab.organisations"));
        rolesLink.setText(getTranslation("accounts.admin.tab.roles"));
        auditLink.setText(getTranslation("accounts.admin.tab.audit"));
        links.setAriaLabel(getTranslation("accounts.admin.tab.label"));
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
