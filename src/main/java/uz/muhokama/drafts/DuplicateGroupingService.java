package uz.muhokama.drafts;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.NearDuplicateGrouping;
import uz.muhokama.shared.AuditableAction;

/**
 * Near-identical comments (a mass campaign) grouped per draft: a background job groups new comments every minute;
 * moderators and administrators may group a draft's comments again from the first one (after the threshold
 * {@code muhokama.duplicates.threshold}, default 0.8, was changed, or to check the groups).
 */
@Service
public class DuplicateGroupingService {

    private final NearDuplicateGrouping grouping;
    private final JooqDraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final Actor actor;
    private final Clock clock;

    DuplicateGroupingService(NearDuplicateGrouping grouping, JooqDraftRepository drafts,
                             ApplicationEventPublisher events, Actor actor, ObjectProvider<Clock> clock) {
        this.grouping = grouping;
        this.drafts = drafts;
        this.events = events;
        this.actor = actor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Forgets the draft's groups and groups all its top-level comments again. */
    @PreAuthorize(ModerationService.MODERATORS)
    @Transactional
    public DuplicateGrouping regroup(DraftId draft) {
        exists(draft);
        DuplicateGrouping result = grouping.full(draft);
        events.publishEvent(new AuditableAction("DRAFT_COMMENTS_REGROUPED", actor.id(), actor.name(),
                "draft:" + draft.value(), result.comments() + " comments, " + result.groups() + " groups", null,
                clock.instant()));
        return result;
    }

    /** Groups the draft's comments posted since the last run now, without waiting for the job. */
    @PreAuthorize(ModerationService.MODERATORS)
    @Transactional
    public DuplicateGrouping groupNew(DraftId draft) {
        exists(draft);
        return grouping.incremental(draft);
    }

    private void exists(DraftId draft) {
        if (draft == null || drafts.state(draft).isEmpty()) {
            throw new DraftException("drafts.error.notFound");
        }
    }
}
