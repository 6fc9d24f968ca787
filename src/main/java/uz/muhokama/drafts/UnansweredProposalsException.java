package uz.muhokama.drafts;

/**
 * The consolidated table was not published because some proposals still lack a disposition; the message
 * {@value #KEY} takes {@link #missing()} as its argument.
 */
public class UnansweredProposalsException extends DraftException {

    public static final String KEY = "drafts.table.error.unanswered";

    private final int missing;

    public UnansweredProposalsException(int missing) {
        super(KEY);
        this.missing = missing;
    }

    public int missing() {
        return missing;
    }
}
