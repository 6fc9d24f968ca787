package uz.muhokama.drafts;

/** Orders of the list of drafts. */
public enum DraftSort {
    NEWEST,
    CLOSING_SOON,
    /** Most comments first (all comments, replies included). */
    MOST_DISCUSSED
}
