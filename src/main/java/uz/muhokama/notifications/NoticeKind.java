package uz.muhokama.notifications;

/** What a notice tells; each kind has its message {@code notifications.kind.<NAME>} with the subject as {0}. */
public enum NoticeKind {
    /** The agency answered the person's proposal. */
    COMMENT_ANSWERED,
    /** A new version of a draft the person follows or commented on. */
    DRAFT_VERSION_ADDED,
    /** The discussion of such a draft ended. */
    DRAFT_CLOSED,
    /** Its consolidated table of proposals was published. */
    TABLE_PUBLISHED,
    /** It was adopted. */
    DRAFT_ADOPTED
}
