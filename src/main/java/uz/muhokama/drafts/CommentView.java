package uz.muhokama.drafts;

import java.time.Instant;

/**
 * A comment as readers see it.
 *
 * @param versionNumber the version of the text it was written on
 * @param provisionKey the provision's stable key (the same provision in every version), or null for the whole draft
 * @param provisionEId the provision's id in the version it was written on, or null
 * @param body the text; null when a moderator hid the comment ({@link #hiddenReason} says why)
 * @param proposedWording the replacement wording proposed, or null; null too when hidden
 * @param attachmentFileId the attached file, or null; null too when hidden
 * @param disowned whether the person it is posted under said they did not write it
 * @param disposition the agency's decision, or null while unanswered
 * @param duplicateGroup the group of near-identical comments it belongs to (a mass campaign), or null
 * @param groupSize how many comments the group has (1 when none)
 */
public record CommentView(CommentId id, DraftId draft, CommentId parent, CommentId thread, int depth,
                          int versionNumber, String provisionKey, String provisionEId, long authorId,
                          String authorName, String body, String proposedWording, Long attachmentFileId,
                          Instant createdAt, Instant editedAt, int upVotes, int downVotes, int replies,
                          String hiddenReason, boolean disowned, Disposition disposition, String answer,
                          Instant answeredAt, CommentId duplicateGroup, int groupSize) {

    public boolean hidden() {
        return hiddenReason != null;
    }

    public boolean answered() {
        return disposition != null;
    }
}
