package uz.muhokama.drafts.api;

import java.time.Instant;
import uz.muhokama.drafts.DraftListItem;

/** A draft in a list. */
record ApiDraftSummary(long id, String number, String type, String status, String titleUz, String titleRu,
                       long agencyId, Instant discussionStart, Instant discussionEnd, int comments, String page) {

    static ApiDraftSummary of(DraftListItem d) {
        return new ApiDraftSummary(d.id().value(), d.number(), d.type().name(), d.status().name(), d.titleUz(),
                d.titleRu(), d.organisation().value(), d.start(), d.end(), d.comments(), "/drafts/" + d.id().value());
    }
}
