package uz.muhokama.drafts;

import java.io.InputStream;

/**
 * A comment as a person writes it.
 *
 * @param provisionEId the provision of the draft's latest version it is about, or null for the draft as a whole;
 *     ignored for a reply (a reply is about what its parent is about)
 * @param parent the comment it replies to, or null
 * @param proposedWording the replacement wording proposed for the provision, or null
 * @param attachment an attached document or picture, or null
 */
public record NewComment(DraftId draft, String provisionEId, CommentId parent, String body, String proposedWording,
                         Upload attachment) {

    /** An uploaded file: its content and the name it came with. */
    public record Upload(InputStream content, String fileName) {
    }

    /** A comment on the draft as a whole or on one provision. */
    public static NewComment on(DraftId draft, String provisionEId, String body) {
        return new NewComment(draft, provisionEId, null, body, null, null);
    }

    /** A reply to another comment. */
    public static NewComment replyTo(DraftId draft, CommentId parent, String body) {
        return new NewComment(draft, null, parent, body, null, null);
    }
}
