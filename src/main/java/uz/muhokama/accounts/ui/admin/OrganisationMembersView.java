package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uz.muhokama.accounts.AdministrationException;
import uz.muhokama.accounts.MemberView;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.Roles;

/** One organisation for administrators: its details and its members, with adding by e-mail and removing. */
@Route("admin/organisations/:code")
@RolesAllowed(Roles.ADMIN)
class OrganisationMembersView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient OrganisationService organisations;
    private final transient MembershipService memberships;
    private final RouterLink back = new RouterLink();
    private final H1 title = new H1();
    private final Div facts = new Div();
    private final Button edit = new Button(VaadinIcon.EDIT.create());
    private final H2 membersTitle = new H2();
    private final EmailField email = new EmailField();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final Paragraph hint = new Paragraph();
    private final Grid<MemberView> grid = new Grid<>();
    private final Grid.Column<MemberView> nameColumn;
    private final Grid.Column<MemberView> emailColumn;
    private final Grid.Column<MemberView> roleColumn;
    private final Grid.Column<MemberView> sinceColumn;
    private OrganisationDetails organisation;

    OrganisationMembersView(OrganisationService organisations, MembershipService memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
        addClassNames("page", "admin-page");
        back.setRoute(OrganisationsView.class);
        back.addClassName("admin-back");
        facts.addClassName("org-facts");
        edit.setId("org-edit");
        edit.addClickListener(e -> new OrganisationDialog(organisations, organisation, this::show).open());
        Div heading = new Div(title, edit);
        heading.addClassName("admin-heading");

        email.setId("member-email");
        email.setClearButtonVisible(true);
        email.addKeyPressListener(Key.ENTER, e -> addMember());
        add.setId("member-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addMember());
        Div addRow = new Div(email, add);
        addRow.addClassName("admin-toolbar");

        grid.setId("members-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        nameColumn = grid.addColumn(MemberView::displayName).setFlexGrow(2);
        emailColumn = grid.addColumn(MemberView::email).setFlexGrow(2);
        roleColumn = grid.addComponentColumn(m -> AdminTexts.roleBadge(this, m.role())).setAutoWidth(true)
                .setFlexGrow(0);
        sinceColumn = grid.addColumn(m -> AdminTexts.date(m.since())).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);

        hint.addClassName("admin-hint");
        add(back, heading, facts, membersTitle, addRow, hint, grid);
        NarrowScreen.follow(this, narrow -> {
            emailColumn.setVisible(!narrow);
            sinceColumn.setVisible(!narrow);
        });
    }

    static RouteParameters parameters(String code) {
        return new RouteParameters("code", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        organisations.findByCode(code).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(OrganisationDetails details) {
        this.organisation = details;
        renderTexts();
        grid.setItems(memberships.membersOf(details.id()));
    }

    private void addMember() {
        email.setInvalid(false);
        try {
            MemberView added = memberships.addMember(organisation.id(), email.getValue());
            email.clear();
            AdminTexts.success(this, "accounts.admin.members.added", added.displayName());
            show(organisations.find(organisation.id()).orElseThrow());
        } catch (AdministrationException e) {
            AdminTexts.showOn("email".equals(e.field()) ? email : null, this, e);
        }
    }

    private Component removeButton(MemberView member) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoval(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("accounts.admin.members.remove", member.displayName()));
        remove.setTooltipText(getTranslation("accounts.admin.members.remove", member.displayName()));
        remove.addClassName("member-remove");
        return remove;
    }

    private void confirmRemoval(MemberView member) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("accounts.admin.members.removeTitle"));
        confirm.setText(getTranslation("accounts.admin.members.removeText", member.displayName(),
                organisation.code()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("accounts.admin.cancel"));
        confirm.setConfirmText(getTranslation("accounts.admin.members.removeConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                memberships.removeMember(organisation.id(), member.userId());
                AdminTexts.success(this, "accounts.admin.members.removed", member.displayName());
            } catch (AdministrationException ex) {
                AdminTexts.error(this, ex);
            }
            show(organisations.find(organisation.id()).orElseThrow());
        });
        confirm.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        renderTexts();
        grid.getDataProvider().refreshAll();
    }

    private void renderTexts() {
        back.setText("← " + getTranslation("accounts.admin.org.all"));
        edit.setText(getTranslation("accounts.admin.org.edit"));
        membersTitle.setText(getTranslation("accounts.admin.members.title"));
        email.setLabel(getTranslation("accounts.admin.members.email"));
        email.setErrorMessage(getTranslation("accounts.admin.error.emailFormat"));
        add.setText(getTranslation("accounts.admin.members.add"));
        nameColumn.setHeader(getTranslation("accounts.admin.person.name"));
        emailColumn.setHeader(getTranslation("accounts.admin.person.email"));
        roleColumn.setHeader(getTranslation("accounts.admin.person.role"));
        sinceColumn.setHeader(getTranslation("accounts.admin.person.since"));
        grid.setEmptyStateText(getTranslation("accounts.admin.members.empty"));
        if (organisation == null) {
            return;
        }
        title.setText(organisation.names().in(getLocale()));
        Span code = new Span(organisation.code());
        code.addClassName("org-code");
        facts.removeAll();
        facts.add(AdminTexts.typeBadge(this, organisation.type()), code);
        if (organisation.parentNames() != null) {
            facts.add(new Span(getTranslation("accounts.admin.org.partOf", organisation.parentNames().in(getLocale()))));
        }
        hint.setText(getTranslation("accounts.admin.members.help",
                getTranslation("accounts.admin.role." + organisation.type().memberRole())));
    }

    @Override
    public String getPageTitle() {
        String name = organisation == null ? getTranslation("accounts.admin.org.title")
                : organisation.names().in(getLocale());
        return name + " · " + getTranslation("app.name");
    }
}
