package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentView;

/**
 * A comment or reply as the public sees it. A comment hidden by a moderator keeps its place and the reason, without
 * its text.
 */
record ApiComment(long id, Long parentId, long threadId, int depth, int version, String provisionEId,
                  String provisionKey, String author, @Schema(description = "null when hidden") String body,
                  @Schema(description = "null when none or hidden") String proposedWording,
                  boolean hasAttachment, Instant createdAt, Instant editedAt, int upVotes, int downVotes,
                  boolean hidden, String hiddenReason, boolean disowned,
                  @Schema(description = "ACCEPTED, PARTLY_ACCEPTED, REJECTED, NOTED; null while unanswered")
                  String disposition, String answer, Instant answeredAt, Long duplicateGroupId) {

    static ApiComment of(CommentView c) {
        return new ApiComment(c.id().value(), id(c.parent()), c.thread().value(), c.depth(), c.versionNumber(),
                c.provisionEId(), c.provisionKey(), c.authorName(), c.body(), c.proposedWording(),
                c.attachmentFileId() != null, c.createdAt(), c.editedAt(), c.upVotes(), c.downVotes(), c.hidden(),
                c.hiddenReason(), c.disowned(), c.disposition() == null ? null : c.disposition().name(), c.answer(),
                c.answeredAt(), id(c.duplicateGroup()));
    }

    private static Long id(CommentId id) {
        return id == null ? null : id.value();
    }
}
