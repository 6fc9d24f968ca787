package uz.muhokama.drafts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.CommentWriter;
import uz.muhokama.drafts.internal.JooqCommentRepository;
import uz.muhokama.drafts.internal.JooqCommentRepository.CommentRow;
import uz.muhokama.drafts.internal.JooqCommentRepository.ParentRow;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqDraftRepository.DraftState;
import uz.muhokama.drafts.internal.ParticipationFacts;
import uz.muhokama.drafts.internal.ParticipationFactsCache;
import uz.muhokama.drafts.internal.ParticipationLimits;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;
import uz.muhokama.shared.AuditableAction;

/**
 * Comments on drafts and votes, by signed-in people while a draft is open for discussion. Every write checks here,
 * at the moment it arrives, that the period has not ended, so a page left open since before the deadline, the API
 * and the UI are refused alike. Comments are plain text; they are never deleted.
 */
@Service
public class CommentService {

    /** How long after posting a person may still correct their comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int BODY_MAX = 5000;
    public static final int WORDING_MAX = 20000;
    public static final int MAX_DEPTH = 3;

    private static final String SIGNED_IN = "isAuthenticated()";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private final JooqCommentRepository comments;
    private final JooqDraftRepository drafts;
    private final FileService files;
    private final PublicNames names;
    private final ApplicationEventPublisher events;
    private final Actor actor;
    private final Clock clock;
    private final ParticipationLimits limits;
    private final ParticipationFactsCache participation;
    private final CommentWriter writer;
    private final TransactionTemplate transactions;

    CommentService(JooqCommentRepository comments, JooqDraftRepository drafts, FileService files, PublicNames names,
                   ApplicationEventPublisher events, Actor actor, ObjectProvider<Clock> clock,
                   ParticipationLimits limits, ParticipationFactsCache participation, CommentWriter writer,
                   PlatformTransactionManager transactions) {
        this.comments = comments;
        this.drafts = drafts;
        this.files = files;
        this.names = names;
        this.events = events;
        this.actor = actor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.limits = limits;
        this.participation = participation;
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Posts a comment on the draft, on one provision of its latest version, or a reply. The checks use the draft's
     * facts from {@link ParticipationFactsCache} (the deadline against the clock at arrival, as always); a comment
     * without attachment is then stored by {@link CommentWriter} together with others arriving at the same time, and
     * this returns once it is committed. A comment with an attachment, or one posted inside a caller's transaction,
     * is stored in a transaction of its own (or the caller's).
     *
     * @throws RateLimitedException when the person or their address has sent too many comments lately
     * @throws DraftException {@code drafts.comment.error.empty}, {@code .tooLong}, {@code .closed},
     *     {@code .provisionNotFound}, {@code .parentNotFound}, {@code .tooDeep}, {@code .wordingNeedsProvision},
     *     {@code drafts.intake.busy}
     */
    @PreAuthorize(SIGNED_IN)
    public CommentId post(NewComment comment) {
        long author = signedIn();
        limits.comment(author);
        String body = body(comment.body());
        String wording = optional(comment.proposedWording(), WORDING_MAX, "wording");
        Instant now = now();
        ParticipationFacts facts = openForComments(comment.draft(), now);
        JooqCommentRepository.NewRow row;
        if (comment.parent() != null) {
            ParentRow parent = comments.parent(comment.parent()).filter(p -> p.draft().equals(facts.draft()))
                    .orElseThrow(() -> new DraftException("drafts.comment.error.parentNotFound"));
            if (parent.depth() >= MAX_DEPTH) {
                throw new DraftException("drafts.comment.error.tooDeep");
            }
            if (wording != null) {
                throw new DraftException("drafts.comment.error.wordingNeedsProvision", "wording");
            }
            row = new JooqCommentRepository.NewRow(facts.draft(), facts.latestVersion(), parent.provisionKey(),
                    parent.provisionEId(), parent.id(), parent.thread(), parent.depth() + 1, author, body, null, null,
                    now);
        } else {
            String eId = comment.provisionEId();
            String stableKey = null;
            if (eId != null) {
                stableKey = facts.stableKeyByEId().get(eId);
                if (stableKey == null) {
                    throw new DraftException("drafts.comment.error.provisionNotFound");
                }
            } else if (wording != null) {
                throw new DraftException("drafts.comment.error.wordingNeedsProvision", "wording");
            }
            row = new JooqCommentRepository.NewRow(facts.draft(), facts.latestVersion(), stableKey, eId, null, null,
                    1, author, body, wording, null, now);
        }
        if (comment.attachment() == null && !TransactionSynchronizationManager.isActualTransactionActive()) {
            return writer.write(row);
        }
        return transactions.execute(status -> insertWithAttachment(row, comment.attachment()));
    }

    private CommentId insertWithAttachment(JooqCommentRepository.NewRow row, NewComment.Upload upload) {
        Long attachment = null;
        if (upload != null) {
            attachment = files.store(upload.content(), upload.fileName(), FileKind.COMMENT_ATTACHMENT,
                    row.authorId()).id();
        }
        CommentId id = comments.insert(withAttachment(row, attachment));
        events.publishEvent(new CommentPosted(row.draft(), id, row.parent(), row.authorId()));
        return id;
    }

    /**
     * Corrects one's own comment within {@link #EDIT_WINDOW} of posting it, while the discussion is open.
     *
     * @throws DraftException {@code drafts.comment.error.notYours}, {@code .editWindowOver}, {@code .closed}, ...
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void edit(CommentId id, String body, String proposedWording) {
        long author = signedIn();
        CommentRow row = comments.find(id).orElseThrow(() -> new DraftException("drafts.comment.error.notFound"));
        if (row.authorId() != author) {
            throw new DraftException("drafts.comment.error.notYours");
        }
        Instant now = now();
        open(row.draft(), now);
        if (row.hiddenReason() != null || now.isAfter(row.createdAt().plus(EDIT_WINDOW))) {
            throw new DraftException("drafts.comment.error.editWindowOver");
        }
        String wording = optional(proposedWording, WORDING_MAX, "wording");
        if (wording != null && (row.provisionKey() == null || row.depth() > 1)) {
            throw new DraftException("drafts.comment.error.wordingNeedsProvision", "wording");
        }
        comments.updateText(id, body(body), wording, now);
    }

    /** Whether the signed-in person may still correct this comment now. */
    @Transactional(readOnly = true)
    public boolean mayEdit(CommentView comment) {
        Long me = actor.id();
        Instant now = now();
        return me != null && comment.authorId() == me && !comment.hidden()
                && !now.isAfter(comment.createdAt().plus(EDIT_WINDOW))
                && drafts.state(comment.draft()).map(s -> DraftService.acceptsParticipation(s, now)).orElse(false);
    }

    /**
     * Votes a comment up (1) or down (-1), or takes the vote back (0). One vote per person and comment; not on one's
     * own comment.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void vote(CommentId id, int value) {
        long voter = signedIn();
        limits.vote(voter);
        if (value < -1 || value > 1) {
            throw new DraftException("drafts.comment.error.badVote");
        }
        CommentRow row = comments.find(id).orElseThrow(() -> new DraftException("drafts.comment.error.notFound"));
        Instant now = now();
        open(row.draft(), now);
        if (row.authorId() == voter) {
            throw new DraftException("drafts.comment.error.ownComment");
        }
        int previous = comments.vote(id, voter);
        if (previous != value) {
            comments.replaceVote(id, voter, previous, value, now);
        }
    }

    /** Supports or opposes the draft as a whole (null takes the stance back); changeable until the period ends. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void setStance(DraftId draft, Stance stance) {
        long person = signedIn();
        limits.vote(person);
        Instant now = now();
        open(draft, now);
        comments.replaceStance(draft, person, stance, now);
    }

    @Transactional(readOnly = true)
    public Optional<Stance> myStance(DraftId draft) {
        Long me = actor.id();
        return me == null ? Optional.empty() : comments.stance(draft, me);
    }

    @Transactional(readOnly = true)
    public StanceTally tally(DraftId draft) {
        return visible(draft) ? comments.tally(draft) : new StanceTally(0, 0);
    }

    /** One comment of a published draft. */
    @Transactional(readOnly = true)
    public Optional<CommentView> find(CommentId id) {
        return comments.find(id).filter(r -> visible(r.draft())).map(r -> views(List.of(r)).getFirst());
    }

    /** A comment's attached file, while its draft is published and no moderator has hidden the comment. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> attachmentFile(CommentId id) {
        return comments.find(id)
                .filter(r -> r.attachmentFileId() != null && r.hiddenReason() == null && visible(r.draft()))
                .flatMap(r -> files.find(r.attachmentFileId()));
    }

    /** Top-level comments of a published draft, a page at a time. */
    @Transactional(readOnly = true)
    public List<CommentView> topLevel(DraftId draft, CommentScope scope, CommentOrder order, int offset, int limit) {
        if (!visible(draft)) {
            return List.of();
        }
        return views(comments.topLevel(draft, scope, order, Math.max(0, offset), Math.clamp(limit, 0, 500)));
    }

    @Transactional(readOnly = true)
    public int count(DraftId draft, CommentScope scope) {
        return visible(draft) ? comments.count(draft, scope) : 0;
    }

    /** The replies in these threads (named by their top-level comments), oldest first. */
    @Transactional(readOnly = true)
    public List<CommentView> replies(Collection<CommentId> threads) {
        return views(comments.replies(threads).stream().filter(r -> visible(r.draft())).toList());
    }

    /** The comments of a group of near-identical comments, oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<CommentView> groupMembers(CommentId group, int offset, int limit) {
        return views(comments.groupMembers(group, Math.max(0, offset), Math.clamp(limit, 0, 500)).stream()
                .filter(r -> visible(r.draft())).toList());
    }

    /**
     * Reports an abusive comment to the moderators, with a reason; a second report by the same person is ignored.
     * Allowed after the deadline too: abuse does not stop being abuse when the discussion ends.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void report(CommentId id, String reason) {
        long reporter = signedIn();
        CommentRow row = comments.find(id).filter(r -> visible(r.draft()))
                .orElseThrow(() -> new DraftException("drafts.comment.error.notFound"));
        String clean = optional(reason, 1000, "reason");
        if (clean == null) {
            throw new DraftException("drafts.comment.error.reasonRequired", "reason");
        }
        Instant now = now();
        if (comments.insertReport(id, reporter, clean, now)) {
            audit("DRAFT_COMMENT_REPORTED", row, clean, now);
        }
    }

    /**
     * Flags a comment posted under the signed-in person's name as not written by them (a stolen or shared account,
     * a campaign using someone's name). The comment stays, marked, and the moderators see it in the audit log.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void disown(CommentId id) {
        long me = signedIn();
        CommentRow row = comments.find(id).filter(r -> visible(r.draft()))
                .orElseThrow(() -> new DraftException("drafts.comment.error.notFound"));
        if (row.authorId() != me) {
            throw new DraftException("drafts.comment.error.notYours");
        }
        Instant now = now();
        comments.markDisowned(id, now);
        audit("DRAFT_COMMENT_DISOWNED", row, "comment " + id.value(), now);
    }

    /** Follows a published draft (or stops following it), to be told of its answers, versions, closing and table. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void follow(DraftId draft, boolean follow) {
        long me = signedIn();
        if (!visible(draft)) {
            throw new DraftException("drafts.error.notFound");
        }
        comments.follow(draft, me, follow, now());
    }

    @Transactional(readOnly = true)
    public boolean following(DraftId draft) {
        Long me = actor.id();
        return me != null && comments.following(draft, me);
    }

    /** Top-level comments per provision stable key; those on the draft as a whole under null. */
    @Transactional(readOnly = true)
    public Map<String, Integer> countsByProvision(DraftId draft) {
        return visible(draft) ? comments.countsByProvision(draft) : Map.of();
    }

    /** The signed-in person's votes on these comments: 1 or -1; comments without their vote are left out. */
    @Transactional(readOnly = true)
    public Map<CommentId, Integer> myVotes(Collection<CommentId> ids) {
        Long me = actor.id();
        return me == null ? Map.of() : comments.votes(ids, me);
    }

    private List<CommentView> views(List<CommentRow> rows) {
        return CommentViews.of(rows, names);
    }

    private void audit(String type, CommentRow row, String details, Instant now) {
        events.publishEvent(new AuditableAction(type, actor.id(), actor.name(), "draft:" + row.draft().value(),
                "comment " + row.id().value() + ": " + details, null, now));
    }

    private boolean visible(DraftId draft) {
        return drafts.state(draft).map(s -> s.status().isPublic()).orElse(false);
    }

    private ParticipationFacts openForComments(DraftId draft, Instant now) {
        ParticipationFacts facts = participation.facts(draft).filter(f -> f.status().isPublic())
                .orElseThrow(() -> new DraftException("drafts.error.notFound"));
        if (!facts.acceptsParticipationAt(now)) {
            throw new DraftException("drafts.comment.error.closed");
        }
        return facts;
    }

    private DraftState open(DraftId draft, Instant now) {
        DraftState state = drafts.state(draft).filter(s -> s.status().isPublic())
                .orElseThrow(() -> new DraftException("drafts.error.notFound"));
        if (!DraftService.acceptsParticipation(state, now)) {
            throw new DraftException("drafts.comment.error.closed");
        }
        return state;
    }

    private long signedIn() {
        Long id = actor.id();
        if (id == null) {
            throw new DraftException("drafts.comment.error.signInFirst");
        }
        return id;
    }

    private static JooqCommentRepository.NewRow withAttachment(JooqCommentRepository.NewRow r, Long fileId) {
        return new JooqCommentRepository.NewRow(r.draft(), r.versionNumber(), r.provisionKey(), r.provisionEId(),
                r.parent(), r.thread(), r.depth(), r.authorId(), r.body(), r.proposedWording(), fileId,
                r.createdAt());
    }

    private static String body(String text) {
        String clean = text == null ? "" : normalise(text).strip();
        if (clean.isEmpty()) {
            throw new DraftException("drafts.comment.error.empty", "body");
        }
        if (clean.length() > BODY_MAX) {
            throw new DraftException("drafts.comment.error.tooLong", "body");
        }
        return clean;
    }

    private static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = normalise(text).strip();
        if (clean.length() > max) {
            throw new DraftException("drafts.comment.error.tooLong", field);
        }
        return clean;
    }

    /** One kind of line break, and no control characters other than line breaks and tabs. */
    private static String normalise(String text) {
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
