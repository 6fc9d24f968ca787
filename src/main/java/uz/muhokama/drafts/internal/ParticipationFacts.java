package uz.muhokama.drafts.internal;

import java.time.Instant;
import java.util.Map;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftStatus;

/**
 * What a new comment on a draft is checked against: the draft's status and the end of its period, its latest
 * version, and the stable key of each provision of that version by eId.
 */
public record ParticipationFacts(DraftId draft, DraftStatus status, Instant end, int latestVersion,
                                 Map<String, String> stableKeyByEId) {

    /** Open and its period not ended at {@code now}: the same rule as {@code DraftService.acceptsParticipation}. */
    public boolean acceptsParticipationAt(Instant now) {
        return status == DraftStatus.OPEN && end != null && now.isBefore(end);
    }
}
