package uz.muhokama.drafts;

import java.util.EnumSet;
import java.util.Set;

/** Where a draft is in its life: {@code DRAFT → OPEN → CLOSED → ANSWERED → ADOPTED | WITHDRAWN}. */
public enum DraftStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ANSWERED,
    ADOPTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<DraftStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, WITHDRAWN);
            case OPEN -> EnumSet.of(CLOSED, WITHDRAWN);
            case CLOSED -> EnumSet.of(ANSWERED, WITHDRAWN);
            case ANSWERED -> EnumSet.of(ADOPTED, WITHDRAWN);
            case ADOPTED, WITHDRAWN -> EnumSet.noneOf(DraftStatus.class);
        };
    }

    public boolean canMoveTo(DraftStatus target) {
        return next().contains(target);
    }

    /** Whether the draft has been shown to the public (everything but an unpublished draft). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
