package uz.muhokama.drafts;

import java.time.Instant;

/**
 * A proposal as the agency answers it: a top-level comment that no moderator hid.
 *
 * @param provisionKey the provision's stable key, or null for a comment on the whole draft
 * @param provisionLabel the provision's number and heading in the version the comment was written on, or null
 * @param proposedWording the replacement wording proposed, or null
 * @param disposition the agency's decision, or null while unanswered
 * @param answer the reason given with the decision, or null
 */
public record Proposal(CommentId id, DraftId draft, String provisionKey, String provisionLabel, String authorName,
                       String body, String proposedWording, Instant createdAt, int upVotes, int downVotes,
                       Disposition disposition, String answer, Instant answeredAt) {

    public boolean answered() {
        return disposition != null;
    }
}
