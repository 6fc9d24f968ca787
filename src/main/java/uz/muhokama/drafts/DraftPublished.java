package uz.muhokama.drafts;

/** Published when a draft was opened for public discussion. */
public record DraftPublished(DraftId draft) {
}
