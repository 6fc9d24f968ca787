package uz.muhokama.drafts;

/** A comment on a draft. */
public record CommentId(long value) {
}
