package uz.muhokama.problems;

/**
 * A category as administrators manage it.
 *
 * @param active whether people may report in it (an inactive category keeps its reports)
 * @param reportCount how many reports it has; a category with reports is never deleted
 * @param version the optimistic-locking version an edit must quote
 */
public record CategorySetup(Category category, boolean active, int reportCount, int version) {
}
