package uz.muhokama.problems.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import uz.muhokama.problems.Category;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** Says in a language what a subscription follows: "Water leak · Chilonzor", "All categories · an area of 3 km²". */
@Component
public class SubscriptionDescriptions {

    private final Translations translations;
    private final JooqCategoryRepository categories;

    SubscriptionDescriptions(Translations translations, JooqCategoryRepository categories) {
        this.translations = translations;
        this.categories = categories;
    }

    public String describe(Long categoryId, String district, String areaWkt, SupportedLocale language) {
        String category = categoryId == null ? null
                : categories.find(categoryId).map(c -> c.name(language.locale())).orElse(null);
        return describe(category, district, areaWkt, language);
    }

    public String describe(Category category, String district, String areaWkt, SupportedLocale language) {
        return describe(category == null ? null : category.name(language.locale()), district, areaWkt, language);
    }

    private String describe(String categoryName, String district, String areaWkt, SupportedLocale language) {
        String what = categoryName != null ? categoryName
                : translations.get(language, "problems.subscription.anyCategory");
        String where;
        if (district != null) {
            where = district;
        } else if (areaWkt != null) {
            double km2 = SubscriptionAreas.squareKilometres(SubscriptionAreas.fromWkt(areaWkt));
            where = translations.get(language, "problems.subscription.drawnArea",
                    String.format(Locale.ROOT, km2 < 10 ? "%.1f" : "%.0f", km2));
        } else {
            where = translations.get(language, "problems.subscription.everywhere");
        }
        return translations.get(language, "problems.subscription.describe", what, where);
    }
}
