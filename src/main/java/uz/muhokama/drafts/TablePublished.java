package uz.muhokama.drafts;

/** The agency published the consolidated table of proposals; the draft is now ANSWERED. */
public record TablePublished(DraftId draft) {
}
