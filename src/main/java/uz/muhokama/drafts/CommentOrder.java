package uz.muhokama.drafts;

/** The order of top-level comments in a list. */
public enum CommentOrder {
    NEWEST,
    OLDEST,
    MOST_SUPPORTED
}
