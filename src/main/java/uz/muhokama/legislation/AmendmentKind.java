package uz.muhokama.legislation;

/** What an amending provision did to the provision it amended. */
public enum AmendmentKind {
    /** Added a provision that was not there before. */
    INSERTED,
    /** Gave a provision new wording. */
    SUBSTITUTED,
    /** Struck a provision out. */
    REPEALED
}
