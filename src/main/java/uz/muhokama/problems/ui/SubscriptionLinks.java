package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uz.muhokama.problems.Category;

/** The button other problem pages show to subscribe, carrying their category and district to the form. */
final class SubscriptionLinks {

    private SubscriptionLinks() {
    }

    /** A button that opens the subscription form with the category and district (each may give {@code null}). */
    static Button button(Component owner, String id, Supplier<String> categoryCode, Supplier<String> district) {
        Button button = new Button(owner.getTranslation("problems.subscription.open"), VaadinIcon.BELL_O.create(),
                e -> owner.getUI().ifPresent(ui -> ui.navigate(SubscriptionView.class,
                        query(categoryCode.get(), district.get()))));
        button.setId(id);
        return button;
    }

    /** The same for a list page: the form gets the category and district chosen in its filters when pressed. */
    static Button forFilters(Component owner, String id, Select<Category> category, Select<String> district) {
        return button(owner, id, () -> category.getValue() == null ? null : category.getValue().code(),
                district::getValue);
    }

    private static QueryParameters query(String categoryCode, String district) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (categoryCode != null) {
            query.put("category", List.of(categoryCode));
        }
        if (district != null) {
            query.put("district", List.of(district));
        }
        return new QueryParameters(query);
    }
}
