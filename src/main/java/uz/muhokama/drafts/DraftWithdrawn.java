package uz.muhokama.drafts;

/** Published when the agency withdrew a draft. */
public record DraftWithdrawn(DraftId draft) {
}
