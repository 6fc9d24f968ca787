package uz.muhokama.drafts;

/** Published when a new version of a published draft's text was uploaded. */
public record DraftVersionAdded(DraftId draft, int number) {
}
