package uz.muhokama.drafts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqModerationRepository;
import uz.muhokama.drafts.internal.JooqModerationRepository.ModeratedRow;
import uz.muhokama.drafts.internal.JooqModerationRepository.OpenReports;
import uz.muhokama.shared.AuditableAction;

/**
 * The moderators' work on reported comments: the queue of comments with open reports (the longest-waiting first),
 * hiding a comment with a reason the public sees, dismissing reports, and showing a hidden comment again. A comment is
 * never deleted; every decision is in the audit log. Only moderators and administrators may do any of it.
 */
@Service
@PreAuthorize(ModerationService.MODERATORS)
public class ModerationService {

    static final String MODERATORS = "hasAnyRole('MODERATOR', 'ADMIN')";
    public static final int REASON_MAX = 1000;
    private static final int PAGE_MAX = 200;

    private final JooqModerationRepository moderation;
    private final JooqDraftRepository drafts;
    private final PublicNames names;
    private final ApplicationEventPublisher events;
    private final Actor actor;
    private final Clock clock;

    ModerationService(JooqModerationRepository moderation, JooqDraftRepository drafts, PublicNames names,
                      ApplicationEventPublisher events, Actor actor, ObjectProvider<Clock> clock) {
        this.moderation = moderation;
        this.drafts = drafts;
        this.names = names;
        this.events = events;
        this.actor = actor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Comments with open reports, grouped per comment, the one reported first at the top, a page at a time. */
    @Transactional(readOnly = true)
    public List<ModeratedComment> queue(int offset, int limit) {
        List<OpenReports> page = moderation.openReports(Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX));
        Map<CommentId, OpenReports> reports = new LinkedHashMap<>();
        page.forEach(p -> reports.put(p.comment(), p));
        return views(moderation.rows(reports.keySet()), reports);
    }

    /** How many comments wait in the queue. */
    @Transactional(readOnly = true)
    public int queueSize() {
        return moderation.openReportedComments();
    }

    /** Hidden comments, the most recently hidden first, to show one again when hiding it was a mistake. */
    @Transactional(readOnly = true)
    public List<ModeratedComment> hidden(int offset, int limit) {
        return views(moderation.hidden(Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX)), Map.of());
    }

    @Transactional(readOnly = true)
    public int hiddenCount() {
        return moderation.hiddenCount();
    }

    /**
     * Hides a comment: readers see "hidden by the moderator" and the reason instead of its text. Its open reports are
     * dealt with by this.
     *
     * @throws DraftException {@code drafts.moderation.error.reasonRequired}, {@code .reasonTooLong},
     *     {@code .notFound}, {@code .alreadyHidden}
     */
    @Transactional
    public void hide(CommentId id, String reason) {
        String clean = reason(reason);
        ModeratedRow row = row(id);
        long me = moderator();
        Instant now = now();
        if (!moderation.hide(id, clean, me, now)) {
            throw new DraftException("drafts.moderation.error.alreadyHidden");
        }
        int resolved = moderation.resolveReports(id, me, now);
        audit("DRAFT_COMMENT_HIDDEN", row, clean + " (" + resolved + " reports)", now);
        events.publishEvent(new CommentHidden(row.draft(), id, row.authorId(), clean));
    }

    /**
     * Dismisses the open reports on a comment that breaks no rule; it stays as it is and leaves the queue.
     *
     * @throws DraftException {@code drafts.moderation.error.notFound}, {@code .nothingToDismiss}
     */
    @Transactional
    public void dismiss(CommentId id) {
        ModeratedRow row = row(id);
        Instant now = now();
        int resolved = moderation.resolveReports(id, moderator(), now);
        if (resolved == 0) {
            throw new DraftException("drafts.moderation.error.nothingToDismiss");
        }
        audit("DRAFT_COMMENT_REPORTS_DISMISSED", row, resolved + " reports", now);
    }

    /**
     * Shows a hidden comment again, with the reason for the record.
     *
     * @throws DraftException {@code drafts.moderation.error.reasonRequired}, {@code .reasonTooLong},
     *     {@code .notFound}, {@code .notHidden}
     */
    @Transactional
    public void restore(CommentId id, String reason) {
        String clean = reason(reason);
        ModeratedRow row = row(id);
        moderator();
        Instant now = now();
        if (!moderation.restore(id)) {
            throw new DraftException("drafts.moderation.error.notHidden");
        }
        audit("DRAFT_COMMENT_RESTORED", row, clean + " (was hidden: " + row.hiddenReason() + ")", now);
    }

    private List<ModeratedComment> views(List<ModeratedRow> rows, Map<CommentId, OpenReports> reports) {
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.authorId());
            if (r.hiddenBy() != null) {
                people.add(r.hiddenBy());
            }
        });
        Map<Long, String> publicNames = names.of(people);
        return rows.stream().map(r -> {
            OpenReports open = reports.get(r.id());
            DraftProvision provision = r.provisionEId() == null ? null
                    : drafts.provision(r.draft(), r.versionNumber(), r.provisionEId()).orElse(null);
            return new ModeratedComment(r.id(), r.draft(), r.draftTitleUz(), r.draftTitleRu(), r.versionNumber(),
                    provision, publicNames.getOrDefault(r.authorId(), ""), r.body(), r.proposedWording(),
                    r.createdAt(), r.hiddenReason(),
                    r.hiddenBy() == null ? null : publicNames.getOrDefault(r.hiddenBy(), ""), r.hiddenAt(),
                    open == null ? 0 : open.count(), open == null ? null : open.firstAt(),
                    open == null ? List.of() : open.reasons());
        }).toList();
    }

    private ModeratedRow row(CommentId id) {
        if (id == null) {
            throw new DraftException("drafts.moderation.error.notFound");
        }
        return moderation.find(id).orElseThrow(() -> new DraftException("drafts.moderation.error.notFound"));
    }

    private long moderator() {
        Long id = actor.id();
        if (id == null) {
            throw new DraftException("drafts.comment.error.signInFirst");
        }
        return id;
    }

    private static String reason(String reason) {
        String clean = reason == null ? "" : reason.replaceAll("[\\p{Cc}]", " ").strip();
        if (clean.isEmpty()) {
            throw new DraftException("drafts.moderation.error.reasonRequired", "reason");
        }
        if (clean.length() > REASON_MAX) {
            throw new DraftException("drafts.moderation.error.reasonTooLong", "reason");
        }
        return clean;
    }

    private void audit(String type, ModeratedRow row, String details, Instant now) {
        events.publishEvent(new AuditableAction(type, actor.id(), actor.name(), "draft:" + row.draft().value(),
                "comment " + row.id().value() + ": " + details, null, now));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
