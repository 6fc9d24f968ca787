package uz.muhokama.legislation;

/**
 * The outcome of importing one file.
 *
 * @param actId the act
 * @param uri its stable address
 * @param editionId the edition that holds the text (the existing one when nothing changed)
 * @param outcome what happened
 */
public record ImportResult(long actId, String uri, long editionId, Outcome outcome) {

    public enum Outcome {
        /** A new act with its first edition. */
        NEW_ACT,
        /** An existing act got a new edition (a new language, or a changed text). */
        NEW_EDITION,
        /** The text is the same as the act's current edition in that language: nothing was saved. */
        UNCHANGED
    }
}
