package uz.muhokama.problems;

import java.util.List;

/** A category to create; see {@link Category}. */
public record NewCategory(String code, CategoryGroup group, LocalizedText names, int deadlineDays,
                          List<CategoryQuestion> questions) {
}
