package uz.muhokama.drafts;

/** The form the act will take once adopted; departmental acts may be discussed for a shorter period. */
public enum DraftActType {
    LAW,
    PRESIDENTIAL_DECREE,
    PRESIDENTIAL_RESOLUTION,
    CABINET_RESOLUTION,
    DEPARTMENTAL_ACT,
    OTHER;

    /** The shortest discussion period the law allows for this kind of act, in days. */
    public int minimumDiscussionDays() {
        return this == DEPARTMENTAL_ACT ? 10 : 15;
    }
}
