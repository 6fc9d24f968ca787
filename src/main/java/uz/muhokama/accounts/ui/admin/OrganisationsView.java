package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationFilter;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.shared.Roles;

/** The list of organisations for administrators: filter, create, edit, and the way to each one's members. */
@Route("admin/organisations")
@RolesAllowed(Roles.ADMIN)
class OrganisationsView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient OrganisationService organisations;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final TextField filter = new TextField();
    private final Select<OrganisationType> typeFilter = new Select<>();
    private final Button create = new Button(VaadinIcon.PLUS.create());
    private final Grid<OrganisationDetails> grid = new Grid<>();
    private final Grid.Column<OrganisationDetails> codeColumn;
    private final Grid.Column<OrganisationDetails> nameColumn;
    private final Grid.Column<OrganisationDetails> typeColumn;
    private final Grid.Column<OrganisationDetails> parentColumn;
    private final Grid.Column<OrganisationDetails> membersColumn;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassNames("page", "admin-page");
        lead.addClassName("lead");

        filter.setId("organisation-filter");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        typeFilter.setId("organisation-type-filter");
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.addValueChangeListener(e -> refresh());
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new OrganisationDialog(organisations, null, saved -> refresh()).open());
        Div toolbar = new Div(filter, typeFilter, create);
        toolbar.addClassName("admin-toolbar");

        grid.setId("organisations-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        codeColumn = grid.addColumn(OrganisationDetails::code).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(o -> "org-code-cell");
        nameColumn = grid.addColumn(o -> o.names().in(getLocale())).setFlexGrow(3);
        typeColumn = grid.addComponentColumn(o -> AdminTexts.typeBadge(this, o.type())).setAutoWidth(true)
                .setFlexGrow(0);
        parentColumn = grid.addColumn(o -> o.parentNames() == null ? "" : o.parentNames().in(getLocale()))
                .setFlexGrow(2);
        membersColumn = grid.addComponentColumn(this::membersButton).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addItemClickListener(e -> new OrganisationDialog(organisations, e.getItem(), saved -> refresh()).open());

        add(title, new AdminTabs(), lead, toolbar, grid);
        NarrowScreen.follow(this, this::fit);
        refresh();
    }

    private Component membersButton(OrganisationDetails organisation) {
        Button members = new Button(String.valueOf(organisation.memberCount()), VaadinIcon.USERS.create(),
                e -> UI.getCurrent().navigate(OrganisationMembersView.class,
                        OrganisationMembersView.parameters(organisation.code())));
        members.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        members.setAriaLabel(getTranslation("accounts.admin.org.membersOf", organisation.code()));
        members.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        return members;
    }

    private void refresh() {
        grid.setItems(organisations.list(new OrganisationFilter(typeFilter.getValue(), filter.getValue())));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("accounts.admin.org.title"));
        lead.setText(getTranslation("accounts.admin.org.lead"));
        filter.setPlaceholder(getTranslation("accounts.admin.org.filter"));
        filter.setAriaLabel(getTranslation("accounts.admin.org.filter"));
        typeFilter.setPlaceholder(getTranslation("accounts.admin.org.allTypes"));
        typeFilter.setAriaLabel(getTranslation("accounts.admin.org.type"));
        typeFilter.setEmptySelectionCaption(getTranslation("accounts.admin.org.allTypes"));
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("accounts.admin.org.allTypes")
                : getTranslation("accounts.admin.type." + t.name()));
        create.setText(getTranslation("accounts.admin.org.new"));
        codeColumn.setHeader(getTranslation("accounts.admin.org.code"));
        nameColumn.setHeader(getTranslation("accounts.admin.org.name"));
        typeColumn.setHeader(getTranslation("accounts.admin.org.type"));
        parentColumn.setHeader(getTranslation("accounts.admin.org.parent"));
        membersColumn.setHeader(getTranslation("accounts.admin.org.members"));
        grid.setEmptyStateText(getTranslation("accounts.admin.org.empty"));
        grid.getDataProvider().refreshAll();
    }

    /** On a phone the grid keeps the code and the name; the rest is one tap away in the form. */
    private void fit(boolean narrow) {
        typeColumn.setVisible(!narrow);
        parentColumn.setVisible(!narrow);
        membersColumn.setVisible(!narrow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.admin.org.title") + " · " + getTranslation("app.name");
    }
}
