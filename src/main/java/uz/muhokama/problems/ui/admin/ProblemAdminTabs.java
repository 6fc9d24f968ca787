package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

/**
 * The links between the problem reports' administration pages, the hidden reports, the triage queue and the Open311
 * keys.
 */
class ProblemAdminTabs extends Nav implements LocaleChangeObserver {

    /** The staff queue lives in the module's other view package; administrators pick the triage queue there. */
    private static final String QUEUE_ROUTE = "problems/queue";
    private static final String KEYS_ROUTE = "problems/open311-keys";

    private final RouterLink categories = new RouterLink();
    private final RouterLink areas = new RouterLink();
    private final RouterLink hidden = new RouterLink();
    private final Anchor queue = new Anchor(QUEUE_ROUTE, "");
    private final Anchor keys = new Anchor(KEYS_ROUTE, "");

    ProblemAdminTabs() {
        addClassName("admin-tabs");
        categories.setRoute(CategoriesView.class);
        categories.setHighlightCondition(HighlightConditions.sameLocation());
        categories.setId("problems-admin-tab-categories");
        areas.setRoute(ServiceAreasView.class);
        areas.setHighlightCondition(HighlightConditions.sameLocation());
        areas.setId("problems-admin-tab-areas");
        hidden.setRoute(HiddenReportsView.class);
        hidden.setHighlightCondition(HighlightConditions.sameLocation());
        hidden.setId("problems-admin-tab-hidden");
        queue.setId("problems-admin-tab-triage");
        keys.setId("problems-admin-tab-keys");
        add(categories, areas, hidden, queue, keys);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        categories.setText(getTranslation("problems.admin.tab.categories"));
        areas.setText(getTranslation("problems.admin.tab.areas"));
        hidden.setText(getTranslation("problems.admin.tab.hidden"));
        queue.setText(getTranslation("problems.admin.tab.triage"));
        keys.setText(getTranslation("problems.admin.tab.keys"));
        setAriaLabel(getTranslation("problems.admin.tab.label"));
    }
}
