package uz.muhokama.drafts;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.JooqCommentRepository;
import uz.muhokama.drafts.internal.JooqCommentRepository.CommentRow;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqDraftRepository.DraftState;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * The comments of a discussion held before a draft came to this platform (a draft moved over from another portal,
 * or the demo data), recorded with the time they were written, so that the agency can answer them here and publish
 * its consolidated table. Only an administrator may record them, only on a draft whose past discussion was recorded
 * ({@link DraftService#recordPastDiscussion}) and only at a time within its period.
 */
@Service
public class PastComments {

    private final JooqCommentRepository comments;
    private final JooqDraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final Actor actor;

    PastComments(JooqCommentRepository comments, JooqDraftRepository drafts, ApplicationEventPublisher events,
                 Actor actor) {
        this.comments = comments;
        this.drafts = drafts;
        this.events = events;
        this.actor = actor;
    }

    /**
     * Records one comment (a reply when {@code parent} is given) by {@code authorId} on the latest version.
     *
     * @throws DraftException {@code drafts.error.status} when the draft is not closed or the time lies outside its
     *     period, {@code drafts.comment.error.provisionNotFound}, {@code .parentNotFound}, {@code .tooDeep}
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public CommentId record(DraftId draft, long authorId, String provisionEId, CommentId parent, String body,
                            String proposedWording, Instant writtenAt) {
        DraftState state = drafts.state(draft).orElseThrow(() -> new DraftException("drafts.error.notFound"));
        if (state.status() != DraftStatus.CLOSED || writtenAt.isBefore(state.start())
                || !writtenAt.isBefore(state.end())) {
            throw new DraftException("drafts.error.status");
        }
        if (body == null || body.isBlank() || body.length() > CommentService.BODY_MAX
                || (proposedWording != null && proposedWording.length() > CommentService.WORDING_MAX)) {
            throw new DraftException("drafts.comment.error.tooLong", "body");
        }
        int latest = drafts.latestVersion(draft);
        JooqCommentRepository.NewRow row;
        if (parent != null) {
            CommentRow above = comments.find(parent).filter(p -> p.draft().equals(draft))
                    .orElseThrow(() -> new DraftException("drafts.comment.error.parentNotFound"));
            if (above.depth() >= CommentService.MAX_DEPTH) {
                throw new DraftException("drafts.comment.error.tooDeep");
            }
            row = new JooqCommentRepository.NewRow(draft, latest, above.provisionKey(), above.provisionEId(),
                    above.id(), above.thread(), above.depth() + 1, authorId, body.strip(), null, null, writtenAt);
        } else {
            DraftProvision provision = provisionEId == null ? null : drafts.provision(draft, latest, provisionEId)
                    .orElseThrow(() -> new DraftException("drafts.comment.error.provisionNotFound"));
            row = new JooqCommentRepository.NewRow(draft, latest, provision == null ? null : provision.stableKey(),
                    provisionEId, null, null, 1, authorId, body.strip(),
                    provision == null || proposedWording == null ? null : proposedWording.strip(), null, writtenAt);
        }
        CommentId id = comments.insert(row);
        events.publishEvent(new AuditableAction("DRAFT_PAST_COMMENT_RECORDED", actor.id(), actor.name(),
                "draft:" + draft.value(), "comment " + id.value() + " written " + writtenAt, null, Instant.now()));
        return id;
    }
}
