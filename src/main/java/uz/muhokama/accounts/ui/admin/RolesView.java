package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uz.muhokama.accounts.AdministrationException;
import uz.muhokama.accounts.GrantableRole;
import uz.muhokama.accounts.RoleHolder;
import uz.muhokama.accounts.RoleService;
import uz.muhokama.shared.Roles;

/** Moderators and administrators: granting by e-mail and revoking. */
@Route("admin/roles")
@RolesAllowed(Roles.ADMIN)
class RolesView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient RoleService roles;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final EmailField email = new EmailField();
    private final Select<GrantableRole> role = new Select<>();
    private final Button grant = new Button(VaadinIcon.PLUS.create());
    private final Grid<RoleHolder> grid = new Grid<>();
    private final Grid.Column<RoleHolder> nameColumn;
    private final Grid.Column<RoleHolder> emailColumn;
    private final Grid.Column<RoleHolder> roleColumn;
    private final Grid.Column<RoleHolder> sinceColumn;

    RolesView(RoleService roles) {
        this.roles = roles;
        addClassNames("page", "admin-page");
        lead.addClassName("lead");
        email.setId("role-email");
        email.setClearButtonVisible(true);
        role.setId("role-select");
        role.setItems(GrantableRole.values());
        role.setValue(GrantableRole.MODERATOR);
        grant.setId("role-grant");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(e -> grant());
        Div toolbar = new Div(email, role, grant);
        toolbar.addClassName("admin-toolbar");

        grid.setId("roles-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        nameColumn = grid.addColumn(RoleHolder::displayName).setFlexGrow(2);
        emailColumn = grid.addColumn(RoleHolder::email).setFlexGrow(2);
        roleColumn = grid.addComponentColumn(h -> AdminTexts.roleBadge(this, h.role().role())).setAutoWidth(true)
                .setFlexGrow(0);
        sinceColumn = grid.addColumn(h -> AdminTexts.date(h.since())).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);

        add(title, new AdminTabs(), lead, toolbar, grid);
        NarrowScreen.follow(this, narrow -> {
            emailColumn.setVisible(!narrow);
            sinceColumn.setVisible(!narrow);
        });
        refresh();
    }

    private void grant() {
        email.setInvalid(false);
        try {
            RoleHolder holder = roles.grant(email.getValue(), role.getValue());
            email.clear();
            AdminTexts.success(this, "accounts.admin.roles.granted", holder.displayName(),
                    getTranslation("accounts.admin.role." + holder.role().role()));
            refresh();
        } catch (AdministrationException e) {
            AdminTexts.showOn("email".equals(e.field()) ? email : null, this, e);
        }
    }

    private Component revokeButton(RoleHolder holder) {
        String roleName = getTranslation("accounts.admin.role." + holder.role().role());
        Button revoke = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRevocation(holder, roleName));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel(getTranslation("accounts.admin.roles.revoke", roleName, holder.displayName()));
        revoke.setTooltipText(getTranslation("accounts.admin.roles.revoke", roleName, holder.displayName()));
        revoke.addClassName("role-revoke");
        return revoke;
    }

    private void confirmRevocation(RoleHolder holder, String roleName) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("accounts.admin.roles.revokeTitle"));
        confirm.setText(getTranslation("accounts.admin.roles.revoke", roleName, holder.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("accounts.admin.cancel"));
        confirm.setConfirmText(getTranslation("accounts.admin.roles.revokeConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                roles.revoke(holder.email(), holder.role());
                AdminTexts.success(this, "accounts.admin.roles.revoked", roleName, holder.displayName());
            } catch (AdministrationException ex) {
                AdminTexts.error(this, ex);
            }
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.setItems(roles.holders());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("accounts.admin.roles.title"));
        lead.setText(getTranslation("accounts.admin.roles.lead"));
        email.setLabel(getTranslation("accounts.admin.person.email"));
        email.setErrorMessage(getTranslation("accounts.admin.error.emailFormat"));
        role.setLabel(getTranslation("accounts.admin.person.role"));
        role.setItemLabelGenerator(r -> getTranslation("accounts.admin.role." + r.role()));
        grant.setText(getTranslation("accounts.admin.roles.grant"));
        nameColumn.setHeader(getTranslation("accounts.admin.person.name"));
        emailColumn.setHeader(getTranslation("accounts.admin.person.email"));
        roleColumn.setHeader(getTranslation("accounts.admin.person.role"));
        sinceColumn.setHeader(getTranslation("accounts.admin.person.since"));
        grid.setEmptyStateText(getTranslation("accounts.admin.roles.empty"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.admin.roles.title") + " · " + getTranslation("app.name");
    }
}
