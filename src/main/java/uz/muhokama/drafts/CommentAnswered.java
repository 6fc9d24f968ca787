package uz.muhokama.drafts;

import java.time.Instant;

/** The agency gave a proposal its disposition and reason, or changed them (published inside the transaction). */
public record CommentAnswered(DraftId draft, CommentId comment, long author, Disposition disposition,
                              Instant answeredAt) {
}
