package uz.muhokama.drafts;

/**
 * What one run of the near-duplicate grouping did.
 *
 * @param comments the comments it looked at
 * @param groups the groups that gained comments
 * @param grouped the comments that joined a group led by an earlier comment
 */
public record DuplicateGrouping(int comments, int groups, int grouped) {
}
