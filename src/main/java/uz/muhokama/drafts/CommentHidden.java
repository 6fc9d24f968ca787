package uz.muhokama.drafts;

/** A moderator hid a comment, with the reason the public sees (published inside the hiding transaction). */
public record CommentHidden(DraftId draft, CommentId comment, long author, String reason) {
}
