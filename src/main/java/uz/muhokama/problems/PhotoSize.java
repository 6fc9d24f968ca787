package uz.muhokama.problems;

/** The sizes every photo of a report is served in. */
public enum PhotoSize {
    /** At most 2048 px: the photo opened on its own. */
    IMAGE,
    /** At most 1024 px: a photo across a phone's screen. */
    MEDIUM,
    /** At most 400 px: lists and photo strips. */
    THUMBNAIL
}
