package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.muhokama.legislation.internal.ActSearchDocuments;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.shared.SupportedLocale;

/**
 * The narrowing beside search hits: facets with their counts (type, status, language), a year range, and the order.
 * Any change runs the search again.
 */
class SearchFilters extends Div {

    private static final List<String> FACETS = List.of("type", "status", "language");

    private final Map<String, CheckboxGroup<String>> groups = new HashMap<>();
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final Select<Boolean> order = new Select<>();
    private final Runnable onChange;
    private boolean updating;

    SearchFilters(Runnable onChange) {
        this.onChange = onChange;
        addClassName("search-filters");
        for (String facet : FACETS) {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setId("facet-" + facet);
            group.addValueChangeListener(e -> changed());
            groups.put(facet, group);
            add(group);
        }
        for (IntegerField year : List.of(yearFrom, yearTo)) {
            year.setMin(1900);
            year.setMax(2100);
            year.setStepButtonsVisible(false);
            year.addValueChangeListener(e -> changed());
        }
        Div years = new Div(yearFrom, yearTo);
        years.addClassName("search-years");
        order.setItems(false, true);
        order.setValue(false);
        order.setId("search-order");
        order.addValueChangeListener(e -> changed());
        add(years, order);
    }

    void localise() {
        groups.forEach((facet, group) -> {
            group.setLabel(getTranslation("legislation.facet." + facet));
            group.setItemLabelGenerator(value -> label(facet, value));
        });
        yearFrom.setLabel(getTranslation("legislation.search.yearFrom"));
        yearTo.setLabel(getTranslation("legislation.search.yearTo"));
        order.setLabel(getTranslation("legislation.search.order"));
        order.setItemLabelGenerator(byDate -> getTranslation(byDate ? "legislation.search.byDate"
                : "legislation.search.byRelevance"));
    }

    SearchRequest request(String query, int offset, boolean facets) {
        Map<String, Set<String>> chosen = new HashMap<>();
        groups.forEach((facet, group) -> {
            if (!group.getValue().isEmpty()) {
                chosen.put(facet, Set.copyOf(group.getValue()));
            }
        });
        return new SearchRequest(query, ActSearchDocuments.KIND, chosen, yearFrom.getValue(), yearTo.getValue(),
                null, Boolean.TRUE.equals(order.getValue()), offset, LegislationView.PAGE, facets);
    }

    /** Marks the counts on show as those of the previous search until {@link #show} brings the new ones. */
    void countsPending() {
        addClassName("search-filters-pending");
        getElement().setAttribute("aria-busy", "true");
    }

    /** Shows the counts of the latest search, keeping what was ticked. */
    void show(Map<String, Map<String, Long>> facets) {
        removeClassName("search-filters-pending");
        getElement().removeAttribute("aria-busy");
        updating = true;
        try {
            groups.forEach((facet, group) -> {
                Set<String> ticked = Set.copyOf(group.getValue());
                Map<String, Long> counts = facets.getOrDefault(facet, Map.of());
                java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>(counts.keySet());
                values.addAll(ticked);
                group.setItems(values);
                group.setItemLabelGenerator(v -> label(facet, v) + " (" + counts.getOrDefault(v, 0L) + ")");
                group.setValue(ticked);
                group.setVisible(!values.isEmpty());
            });
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (!updating) {
            onChange.run();
        }
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "type" -> getTranslation("legislation.type." + value);
            case "status" -> getTranslation("legislation.status." + value);
            case "language" -> SupportedLocale.fromTag(value).map(SupportedLocale::nativeName).orElse(value);
            default -> value;
        };
    }
}
