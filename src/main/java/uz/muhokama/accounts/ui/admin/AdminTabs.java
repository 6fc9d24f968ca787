package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

/** The links between the administration pages, so that roles (not in the main menu) are one tap away. */
class AdminTabs extends Nav implements LocaleChangeObserver {

    private final RouterLink organisations = new RouterLink();
    private final RouterLink roles = new RouterLink();
    /** The audit log's route; the view belongs to the audit module, whose classes this module may not use. */
    private static final String AUDIT_ROUTE = "admin/audit";

    private final Anchor audit = new Anchor(AUDIT_ROUTE, "");

    AdminTabs() {
        addClassName("admin-tabs");
        organisations.setRoute(OrganisationsView.class);
        organisations.setHighlightCondition(HighlightConditions.sameLocation());
        roles.setRoute(RolesView.class);
        roles.setHighlightCondition(HighlightConditions.sameLocation());
        add(organisations, roles, audit);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        organisations.setText(getTranslation("accounts.admin.tab.organisations"));
        roles.setText(getTranslation("accounts.admin.tab.roles"));
        audit.setText(getTranslation("accounts.admin.tab.audit"));
        setAriaLabel(getTranslation("accounts.admin.tab.label"));
    }
}
