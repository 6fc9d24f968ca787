package uz.muhokama.drafts;

/** A person's position on a draft as a whole. */
public enum Stance {
    SUPPORT,
    OPPOSE
}
