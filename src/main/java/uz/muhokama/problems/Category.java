package uz.muhokama.problems;

import java.util.List;
import java.util.Locale;

/**
 * A kind of problem that can be reported; an Open311 service.
 *
 * @param code the Open311 {@code service_code}
 * @param deadlineDays how many days the responsible organisation has to answer
 */
public record Category(long id, String code, CategoryGroup group, LocalizedText names, int deadlineDays,
                       List<CategoryQuestion> questions) {

    public String name(Locale locale) {
        return names.in(locale);
    }
}
