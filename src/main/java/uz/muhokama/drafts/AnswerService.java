package uz.muhokama.drafts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.JooqAnswerRepository;
import uz.muhokama.drafts.internal.JooqAnswerRepository.ProposalRow;
import uz.muhokama.drafts.internal.JooqAnswerRepository.Target;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqDraftRepository.DraftState;
import uz.muhokama.drafts.internal.ProvisionLabels;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * The agency's answers to the proposals on its draft: an editor of the draft's own agency (or an administrator)
 * gives each proposal (a top-level comment no moderator hid) a disposition and a reason, while the draft is open or
 * closed. Answers can be changed until the consolidated table is published ({@link DraftService#publishTable}).
 * Every answer is audited and announced ({@link CommentAnswered}) so that its author is told.
 */
@Service
public class AnswerService {

    public static final int REASON_MAX = 5000;

    private static final String EDITOR = "hasAnyRole('" + Roles.AGENCY_EDITOR + "', '" + Roles.ADMIN + "')";

    private final JooqAnswerRepository answers;
    private final JooqDraftRepository drafts;
    private final DraftService draftService;
    private final PublicNames names;
    private final ProvisionLabels labels;
    private final ApplicationEventPublisher events;
    private final Actor actor;
    private final Clock clock;

    AnswerService(JooqAnswerRepository answers, JooqDraftRepository drafts, DraftService draftService,
                  PublicNames names, ProvisionLabels labels, ApplicationEventPublisher events, Actor actor,
                  ObjectProvider<Clock> clock) {
        this.answers = answers;
        this.drafts = drafts;
        this.draftService = draftService;
        this.names = names;
        this.labels = labels;
        this.events = events;
        this.actor = actor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Gives a proposal its disposition and reason (or replaces them).
     *
     * @throws DraftException {@code drafts.answers.error.notYourAgency}, {@code .notAProposal},
     *     {@code .dispositionRequired}, {@code .reasonRequired}, {@code .reasonTooLong}, {@code .status}
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void answer(CommentId comment, Disposition disposition, String reason) {
        Target target = answers.target(comment)
                .orElseThrow(() -> new DraftException("drafts.answers.error.notAProposal"));
        DraftState state = drafts.state(target.draft()).orElseThrow();
        if (!draftService.mayEdit(state.organisation())) {
            throw new DraftException("drafts.answers.error.notYourAgency");
        }
        if (target.depth() != 1 || target.hidden()) {
            throw new DraftException("drafts.answers.error.notAProposal");
        }
        if (state.status() != DraftStatus.OPEN && state.status() != DraftStatus.CLOSED) {
            throw new DraftException("drafts.answers.error.status");
        }
        if (disposition == null) {
            throw new DraftException("drafts.answers.error.dispositionRequired", "disposition");
        }
        String clean = reason(reason);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        answers.answer(comment, disposition, clean, actor.id(), now);
        events.publishEvent(new CommentAnswered(target.draft(), comment, target.authorId(), disposition, now));
        events.publishEvent(new AuditableAction("DRAFT_COMMENT_ANSWERED", actor.id(), actor.name(),
                "draft:" + target.draft().value(), "comment " + comment.value() + ": " + disposition, null, now));
    }

    /** Whether the signed-in person may answer the proposals on this draft now. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(DraftId draft) {
        return drafts.state(draft).map(s -> (s.status() == DraftStatus.OPEN || s.status() == DraftStatus.CLOSED)
                && draftService.mayEdit(s.organisation())).orElse(false);
    }

    /** The draft's proposals for its agency: unanswered first, then in the order of the text, a page at a time. */
    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public List<Proposal> proposals(DraftId draft, ProposalFilter filter, int offset, int limit) {
        requireEditor(draft);
        return proposals(answers.proposals(draft, filter, Math.max(0, offset), Math.clamp(limit, 0, 500)));
    }

    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public int count(DraftId draft, ProposalFilter filter) {
        requireEditor(draft);
        return answers.count(draft, filter);
    }

    /** How many proposals have a disposition, of how many; public, as the draft's page shows it. */
    @Transactional(readOnly = true)
    public AnswerProgress progress(DraftId draft) {
        return drafts.state(draft).filter(s -> s.status().isPublic()).map(s -> answers.progress(draft))
                .orElse(new AnswerProgress(0, 0));
    }

    private List<Proposal> proposals(List<ProposalRow> rows) {
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(r.authorId()));
        Map<Long, String> publicNames = names.of(authors);
        List<Proposal> result = new ArrayList<>(rows.size());
        for (ProposalRow r : rows) {
            result.add(new Proposal(r.id(), r.draft(), r.provisionKey(), labels.label(r.kind(), r.number(),
                    r.heading()), publicNames.getOrDefault(r.authorId(), ""), r.body(), r.proposedWording(),
                    r.createdAt(), r.upVotes(), r.downVotes(), r.disposition(), r.answer(), r.answeredAt()));
        }
        return result;
    }

    private void requireEditor(DraftId draft) {
        DraftState state = drafts.state(draft).orElseThrow(() -> new DraftException("drafts.error.notFound"));
        if (!draftService.mayEdit(state.organisation())) {
            throw new AccessDeniedException("Not an editor of the draft's agency");
        }
    }

    private static String reason(String text) {
        String clean = text == null ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (clean.isEmpty()) {
            throw new DraftException("drafts.answers.error.reasonRequired", "reason");
        }
        if (clean.length() > REASON_MAX) {
            throw new DraftException("drafts.answers.error.reasonTooLong", "reason");
        }
        return clean;
    }
}
