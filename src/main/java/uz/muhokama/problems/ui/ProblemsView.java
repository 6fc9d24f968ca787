package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.ProblemMapService;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportFilter;
import uz.muhokama.problems.ReportSummary;
import uz.muhokama.shared.ui.map.GeoMap;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * Problem reports for everyone: filters (category, status, district, overdue) over a list that loads as the reader
 * scrolls, the button to report a problem, and for staff the way to their queue.
 */
@Route("problems")
@AnonymousAllowed
class ProblemsView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ProblemService problems;
    private final transient ProblemMapService pins;
    private final transient ProblemStaffService staff;
    /** The map shows at most this many of the filtered reports (clustered); the list below pages through all. */
    private static final int MAP_MARKERS = 2000;

    private final VirtualList<ReportSummary> list = new VirtualList<>();
    private final GeoMap map;
    private final Span count = new Span();
    private final Select<Category> category = new Select<>();
    private final Select<ProblemStatus> status = new Select<>();
    private final Select<String> district = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private transient Map<String, Category> categories = Map.of();

    ProblemsView(ProblemService problems, ProblemMapService pins, ProblemStaffService staff,
                 MapSettings mapSettings) {
        this.problems = problems;
        this.pins = pins;
        this.staff = staff;
        map = new GeoMap(mapSettings);
        map.setId("problems-map");
        map.addClassName("problems-list-map");
        map.setFitToMarkers(true);
        map.addMarkerOpenListener(e -> getUI().ifPresent(ui -> ui.navigate("problems/" + e.markerId())));
        addClassNames("page", "problems-page");
        category.setId("problems-filter-category");
        category.setEmptySelectionAllowed(true);
        status.setId("problems-filter-status");
        status.setItems(ProblemStatus.values());
        status.setEmptySelectionAllowed(true);
        district.setId("problems-filter-district");
        district.setEmptySelectionAllowed(true);
        overdue.setId("problems-filter-overdue");
        list.setId("problems-list");
        count.setId("problems-count");
        list.setRenderer(new ComponentRenderer<>(report -> new ReportCard(report, categories)));
        category.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Map<String, Category> byCode = new LinkedHashMap<>();
        problems.categories().forEach(c -> byCode.put(c.code(), c));
        categories = byCode;
        Category selected = category.getValue();
        category.setItems(List.copyOf(byCode.values()));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("problems.filter.any") : c.name(getLocale()));
        category.setValue(selected == null ? null : byCode.get(selected.code()));
        category.setLabel(getTranslation("problems.field.category"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("problems.filter.any") : ProblemTexts.status(this, s));
        status.setLabel(getTranslation("problems.field.status"));
        district.setItems(problems.districts());
        district.setItemLabelGenerator(d -> d == null ? getTranslation("problems.filter.any") : d);
        district.setLabel(getTranslation("problems.field.district"));
        overdue.setLabel(getTranslation("problems.filter.overdue"));

        H1 title = new H1(getTranslation("problems.list.title"));
        Paragraph lead = new Paragraph(getTranslation("problems.list.lead"));
        lead.addClassName("lead");
        Button report = new Button(getTranslation("problems.list.report"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportWizardView.class)));
        report.setId("problems-new-button");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(report);
        actions.add(SubscriptionLinks.forFilters(this, "problems-subscribe-button", category, district));
        actions.addClassName("problems-actions");
        actions.add(ProblemStatisticsView.link(this));
        if (!staff.myOrganisations().isEmpty()) {
            RouterLink queue = new RouterLink(getTranslation("problems.list.queue"), StaffQueueView.class);
            queue.setId("problems-queue-link");
            actions.add(queue);
        }
        Div filters = new Div(category, status, district, overdue);
        filters.addClassName("problems-filters");
        add(title, lead, actions, filters, map, count, list);
        refresh();
    }

    private ReportFilter filter() {
        return new ReportFilter(category.getValue() == null ? null : category.getValue().code(), status.getValue(),
                district.getValue(), null, null, null, overdue.getValue(), false);
    }

    private void refresh() {
        ReportFilter filter = filter();
        int total = problems.count(filter);
        count.setText(getTranslation("problems.list.count", total));
        map.setMarkers(pins.pins(filter, MAP_MARKERS).stream()
                .map(r -> new GeoMap.Marker(String.valueOf(r.id().value()), new GeoMap.Point(r.latitude(),
                        r.longitude()), r.title(), r.overdue() ? "overdue" : r.status().isOpen() ? "open" : "closed"))
                .toList());
        // The total was just counted for the heading; counting again for the list would double the slowest query.
        list.setDataProvider(DataProvider.<ReportSummary>fromCallbacks(
                query -> problems.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.list.title") + " · " + getTranslation("app.name");
    }
}
