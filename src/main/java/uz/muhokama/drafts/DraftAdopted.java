package uz.muhokama.drafts;

/** Published when the agency marked a draft as adopted. */
public record DraftAdopted(DraftId draft) {
}
