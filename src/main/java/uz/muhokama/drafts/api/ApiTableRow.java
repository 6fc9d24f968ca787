package uz.muhokama.drafts.api;

import java.time.Instant;
import uz.muhokama.drafts.CommentView;

/** A row of the consolidated table of proposals: a comment, the agency's decision and its reasons. */
record ApiTableRow(long commentId, String provisionEId, String provisionKey, String author, String body,
                   String proposedWording, String disposition, String answer, Instant answeredAt) {

    static ApiTableRow of(CommentView c) {
        return new ApiTableRow(c.id().value(), c.provisionEId(), c.provisionKey(), c.authorName(), c.body(),
                c.proposedWording(), c.disposition().name(), c.answer(), c.answeredAt());
    }
}
