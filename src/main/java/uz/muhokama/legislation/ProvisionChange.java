package uz.muhokama.legislation;

/**
 * How one provision differs between two editions.
 *
 * @param change what happened to it
 * @param before the provision in the older edition, or {@code null} when it was added
 * @param after the provision in the newer edition, or {@code null} when it was removed
 * @param diffHtml its heading and text with removed words in {@code <del>} and added words in {@code <ins>}, escaped
 */
public record ProvisionChange(Change change, ProvisionView before, ProvisionView after, String diffHtml) {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /** The provision as it stands in the newer edition, or as it stood before it was removed. */
    public ProvisionView provision() {
        return after != null ? after : before;
    }
}
