package uz.muhokama.drafts;

/** Published when a draft's discussion period ended and it was closed. */
public record DraftClosed(DraftId draft) {
}
