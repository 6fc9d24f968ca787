package uz.muhokama.drafts;

/** Orders of the list of drafts. */
public enum DraftSort {
    NEWEST,
    CLOSING_SOON
}
