package uz.muhokama.drafts;

/** A draft's identity. */
public record DraftId(long value) {
}
