package uz.muhokama.drafts;

/** What a file attached to a draft is. */
public enum AttachmentKind {
    EXPLANATORY_NOTE,
    IMPACT_ASSESSMENT,
    OTHER
}
