package uz.muhokama.drafts;

/** A comment or reply was posted (published inside the posting transaction). */
public record CommentPosted(DraftId draft, CommentId comment, CommentId parent, long author) {
}
