package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT_COUNT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT_REPORT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT_VOTE;
import static uz.muhokama_db.Tables.DRAFT_FOLLOW;
import static uz.muhokama_db.Tables.DRAFT_STANCE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentOrder;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.Stance;
import uz.muhokama.drafts.StanceTally;

/** Comments on drafts, votes on comments and people's stances on drafts. */
@Repository
public class JooqCommentRepository {

    private static final String WHOLE_DRAFT = "";

    private final DSLContext dsl;

    JooqCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored comment as the service decides on it and readers see it (before public names are added). */
    public record CommentRow(CommentId id, DraftId draft, CommentId parent, CommentId thread, int depth,
                             int versionNumber, String provisionKey, String provisionEId, long authorId, String body,
                             String proposedWording, Long attachmentFileId, Instant createdAt, Instant editedAt,
                             int upVotes, int downVotes, int replies, String hiddenReason, Instant disownedAt,
                             Disposition disposition, String answer, Instant answeredAt, CommentId duplicateGroup,
                             int groupSize) {
    }

    /** What a new row holds; thread is null for a top-level comment. */
    public record NewRow(DraftId draft, int versionNumber, String provisionKey, String provisionEId, CommentId parent,
                         CommentId thread, int depth, long authorId, String body, String proposedWording,
                         Long attachmentFileId, Instant createdAt) {
    }

    /** The facts a reply takes from the comment it answers. */
    public record ParentRow(CommentId id, DraftId draft, CommentId thread, int depth, String provisionKey,
                            String provisionEId) {
    }

    public CommentId insert(NewRow row) {
        return insertAll(List.of(row)).getFirst();
    }

    /**
     * Inserts the rows with one statement and adds the top-level ones to the counts per provision; returns the ids in
     * the order of the rows. The ids come from one identity sequence in the order the rows are listed, so sorted they
     * match the rows whatever order the database returns them in.
     */
    public List<CommentId> insertAll(List<NewRow> rows) {
        var insert = dsl.insertInto(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID, DRAFT_COMMENT.VERSION_NUMBER,
                DRAFT_COMMENT.PROVISION_KEY, DRAFT_COMMENT.PROVISION_E_ID, DRAFT_COMMENT.PARENT_ID,
                DRAFT_COMMENT.THREAD_ID, DRAFT_COMMENT.DEPTH, DRAFT_COMMENT.AUTHOR_ID, DRAFT_COMMENT.BODY,
                DRAFT_COMMENT.PROPOSED_WORDING, DRAFT_COMMENT.ATTACHMENT_FILE_ID, DRAFT_COMMENT.CREATED_AT);
        for (NewRow row : rows) {
            insert = insert.values(row.draft().value(), row.versionNumber(), row.provisionKey(), row.provisionEId(),
                    row.parent() == null ? null : row.parent().value(),
                    row.thread() == null ? null : row.thread().value(), row.depth(), row.authorId(), row.body(),
                    row.proposedWording(), row.attachmentFileId(), utc(row.createdAt()));
        }
        List<Long> ids = new ArrayList<>(insert.returning(DRAFT_COMMENT.ID).fetch(DRAFT_COMMENT.ID));
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Inserted " + ids.size() + " comments of " + rows.size());
        }
        Collections.sort(ids);
        addToCounts(rows);
        return ids.stream().map(CommentId::new).toList();
    }

    /**
     * One upsert for the batch, in the order of the keys, so that the writer and a comment with an attachment posted
     * at the same time lock the count rows in the same order.
     */
    private void addToCounts(List<NewRow> rows) {
        Map<DraftId, Map<String, Long>> added = new TreeMap<>(Comparator.comparingLong(DraftId::value));
        for (NewRow row : rows) {
            if (row.depth() == 1) {
                added.computeIfAbsent(row.draft(), d -> new TreeMap<>())
                        .merge(countKey(row.provisionKey()), 1L, Long::sum);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        var upsert = dsl.insertInto(DRAFT_COMMENT_COUNT, DRAFT_COMMENT_COUNT.DRAFT_ID,
                DRAFT_COMMENT_COUNT.PROVISION_KEY, DRAFT_COMMENT_COUNT.COMMENTS);
        for (var draft : added.entrySet()) {
            for (var key : draft.getValue().entrySet()) {
                upsert = upsert.values(draft.getKey().value(), key.getKey(), key.getValue());
            }
        }
        upsert.onConflict(DRAFT_COMMENT_COUNT.DRAFT_ID, DRAFT_COMMENT_COUNT.PROVISION_KEY).doUpdate()
                .set(DRAFT_COMMENT_COUNT.COMMENTS, DRAFT_COMMENT_COUNT.COMMENTS.plus(
                        DSL.excluded(DRAFT_COMMENT_COUNT.COMMENTS)))
                .execute();
    }

    /** The draft as a whole is counted under the key '' (a key column cannot be null). */
    private static String countKey(String provisionKey) {
        return provisionKey == null ? WHOLE_DRAFT : provisionKey;
    }

    public Optional<ParentRow> parent(CommentId id) {
        return dsl.select(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID, DRAFT_COMMENT.THREAD_ID, DRAFT_COMMENT.DEPTH,
                        DRAFT_COMMENT.PROVISION_KEY, DRAFT_COMMENT.PROVISION_E_ID)
                .from(DRAFT_COMMENT).where(DRAFT_COMMENT.ID.eq(id.value()))
                .fetchOptional(r -> new ParentRow(new CommentId(r.value1()), new DraftId(r.value2()),
                        new CommentId(r.value3() == null ? r.value1() : r.value3()), r.value4(), r.value5(),
                        r.value6()));
    }

    public Optional<CommentRow> find(CommentId id) {
        return dsl.select(columns()).from(DRAFT_COMMENT).where(DRAFT_COMMENT.ID.eq(id.value()))
                .fetchOptional(JooqCommentRepository::map);
    }

    public void updateText(CommentId id, String body, String proposedWording, Instant editedAt) {
        dsl.update(DRAFT_COMMENT)
                .set(DRAFT_COMMENT.BODY, body)
                .set(DRAFT_COMMENT.PROPOSED_WORDING, proposedWording)
                .set(DRAFT_COMMENT.EDITED_AT, utc(editedAt))
                .where(DRAFT_COMMENT.ID.eq(id.value())).execute();
    }

    /** Top-level comments in the scope, a page at a time. */
    public List<CommentRow> topLevel(DraftId draft, CommentScope scope, CommentOrder order, int offset, int limit) {
        return dsl.select(columns()).from(DRAFT_COMMENT)
                .where(topLevelIn(draft, scope))
                .orderBy(sort(order))
                .offset(offset).limit(limit)
                .fetch(JooqCommentRepository::map);
    }

    /** Top-level comments in the scope, from the counts kept per provision. */
    public int count(DraftId draft, CommentScope scope) {
        Condition condition = DRAFT_COMMENT_COUNT.DRAFT_ID.eq(draft.value());
        if (!scope.everything()) {
            condition = condition.and(DRAFT_COMMENT_COUNT.PROVISION_KEY.eq(countKey(scope.provisionKey())));
        }
        Number sum = dsl.select(DSL.sum(DRAFT_COMMENT_COUNT.COMMENTS)).from(DRAFT_COMMENT_COUNT).where(condition)
                .fetchOne(0, Number.class);
        return sum == null ? 0 : sum.intValue();
    }

    /** Every reply in the threads of these top-level comments, oldest first. */
    public List<CommentRow> replies(Collection<CommentId> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        return dsl.select(columns()).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.THREAD_ID.in(threads.stream().map(CommentId::value).toList()))
                .orderBy(DRAFT_COMMENT.THREAD_ID, DRAFT_COMMENT.ID)
                .fetch(JooqCommentRepository::map);
    }

    /** The comments of a group of near-identical comments, oldest first, a page at a time. */
    public List<CommentRow> groupMembers(CommentId group, int offset, int limit) {
        return dsl.select(columns()).from(DRAFT_COMMENT).where(DRAFT_COMMENT.DUPLICATE_GROUP_ID.eq(group.value()))
                .orderBy(DRAFT_COMMENT.ID).offset(offset).limit(limit).fetch(JooqCommentRepository::map);
    }

    /** Records a report; false when this person had already reported this comment. */
    public boolean insertReport(CommentId comment, long reporter, String reason, Instant now) {
        if (dsl.fetchExists(DRAFT_COMMENT_REPORT, DRAFT_COMMENT_REPORT.COMMENT_ID.eq(comment.value())
                .and(DRAFT_COMMENT_REPORT.REPORTER_ID.eq(reporter)))) {
            return false;
        }
        dsl.insertInto(DRAFT_COMMENT_REPORT)
                .set(DRAFT_COMMENT_REPORT.COMMENT_ID, comment.value())
                .set(DRAFT_COMMENT_REPORT.REPORTER_ID, reporter)
                .set(DRAFT_COMMENT_REPORT.REASON, reason)
                .set(DRAFT_COMMENT_REPORT.CREATED_AT, utc(now)).execute();
        return true;
    }

    public void markDisowned(CommentId comment, Instant now) {
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.DISOWNED_AT, utc(now))
                .where(DRAFT_COMMENT.ID.eq(comment.value()).and(DRAFT_COMMENT.DISOWNED_AT.isNull())).execute();
    }

    public boolean following(DraftId draft, long userId) {
        return dsl.fetchExists(DRAFT_FOLLOW, DRAFT_FOLLOW.DRAFT_ID.eq(draft.value())
                .and(DRAFT_FOLLOW.USER_ID.eq(userId)));
    }

    public void follow(DraftId draft, long userId, boolean follow, Instant now) {
        if (!follow) {
            dsl.deleteFrom(DRAFT_FOLLOW).where(DRAFT_FOLLOW.DRAFT_ID.eq(draft.value())
                    .and(DRAFT_FOLLOW.USER_ID.eq(userId))).execute();
        } else if (!following(draft, userId)) {
            dsl.insertInto(DRAFT_FOLLOW).set(DRAFT_FOLLOW.DRAFT_ID, draft.value())
                    .set(DRAFT_FOLLOW.USER_ID, userId).set(DRAFT_FOLLOW.CREATED_AT, utc(now)).execute();
        }
    }

    /**
     * How many top-level comments each provision (by stable key) has; the draft as a whole under the key null. Read
     * from the counts kept per provision: counting a busy draft's comments on every page view took most of the page's
     * time.
     */
    public Map<String, Integer> countsByProvision(DraftId draft) {
        Map<String, Integer> counts = new HashMap<>();
        dsl.select(DRAFT_COMMENT_COUNT.PROVISION_KEY, DRAFT_COMMENT_COUNT.COMMENTS).from(DRAFT_COMMENT_COUNT)
                .where(DRAFT_COMMENT_COUNT.DRAFT_ID.eq(draft.value()))
                .forEach(r -> counts.put(WHOLE_DRAFT.equals(r.value1()) ? null : r.value1(), r.value2().intValue()));
        return counts;
    }

    /** The person's vote on the comment: 1, -1, or 0 when none. */
    public int vote(CommentId comment, long userId) {
        Short value = dsl.select(DRAFT_COMMENT_VOTE.VOTE).from(DRAFT_COMMENT_VOTE)
                .where(DRAFT_COMMENT_VOTE.COMMENT_ID.eq(comment.value()).and(DRAFT_COMMENT_VOTE.USER_ID.eq(userId)))
                .fetchOne(DRAFT_COMMENT_VOTE.VOTE);
        return value == null ? 0 : value;
    }

    /** The person's votes on these comments (comments they did not vote on are left out). */
    public Map<CommentId, Integer> votes(Collection<CommentId> comments, long userId) {
        Map<CommentId, Integer> votes = new HashMap<>();
        if (!comments.isEmpty()) {
            dsl.select(DRAFT_COMMENT_VOTE.COMMENT_ID, DRAFT_COMMENT_VOTE.VOTE).from(DRAFT_COMMENT_VOTE)
                    .where(DRAFT_COMMENT_VOTE.USER_ID.eq(userId)
                            .and(DRAFT_COMMENT_VOTE.COMMENT_ID.in(comments.stream().map(CommentId::value).toList())))
                    .forEach(r -> votes.put(new CommentId(r.value1()), (int) r.value2()));
        }
        return votes;
    }

    /**
     * Replaces the person's vote (0 removes it) and moves the comment's counters by the difference, in place, so
     * that people voting on one comment at the same time never overwrite each other's count.
     */
    public void replaceVote(CommentId comment, long userId, int previous, int value, Instant now) {
        Condition mine = DRAFT_COMMENT_VOTE.COMMENT_ID.eq(comment.value()).and(DRAFT_COMMENT_VOTE.USER_ID.eq(userId));
        if (previous != 0 && value == 0) {
            dsl.deleteFrom(DRAFT_COMMENT_VOTE).where(mine).execute();
        } else if (previous == 0) {
            dsl.insertInto(DRAFT_COMMENT_VOTE)
                    .set(DRAFT_COMMENT_VOTE.COMMENT_ID, comment.value())
                    .set(DRAFT_COMMENT_VOTE.USER_ID, userId)
                    .set(DRAFT_COMMENT_VOTE.VOTE, (short) value)
                    .set(DRAFT_COMMENT_VOTE.VOTED_AT, utc(now)).execute();
        } else {
            dsl.update(DRAFT_COMMENT_VOTE).set(DRAFT_COMMENT_VOTE.VOTE, (short) value)
                    .set(DRAFT_COMMENT_VOTE.VOTED_AT, utc(now)).where(mine).execute();
        }
        int up = (value == 1 ? 1 : 0) - (previous == 1 ? 1 : 0);
        int down = (value == -1 ? 1 : 0) - (previous == -1 ? 1 : 0);
        dsl.update(DRAFT_COMMENT)
                .set(DRAFT_COMMENT.UP_VOTES, DRAFT_COMMENT.UP_VOTES.plus(up))
                .set(DRAFT_COMMENT.DOWN_VOTES, DRAFT_COMMENT.DOWN_VOTES.plus(down))
                .where(DRAFT_COMMENT.ID.eq(comment.value())).execute();
    }

    public Optional<Stance> stance(DraftId draft, long userId) {
        return dsl.select(DRAFT_STANCE.STANCE).from(DRAFT_STANCE)
                .where(DRAFT_STANCE.DRAFT_ID.eq(draft.value()).and(DRAFT_STANCE.USER_ID.eq(userId)))
                .fetchOptional(r -> Stance.valueOf(r.value1()));
    }

    /** Sets the person's stance (null removes it); one row per person and draft, whatever the order of requests. */
    public void replaceStance(DraftId draft, long userId, Stance stance, Instant now) {
        Condition mine = DRAFT_STANCE.DRAFT_ID.eq(draft.value()).and(DRAFT_STANCE.USER_ID.eq(userId));
        if (stance == null) {
            dsl.deleteFrom(DRAFT_STANCE).where(mine).execute();
            return;
        }
        dsl.insertInto(DRAFT_STANCE)
                .set(DRAFT_STANCE.DRAFT_ID, draft.value())
                .set(DRAFT_STANCE.USER_ID, userId)
                .set(DRAFT_STANCE.STANCE, stance.name())
                .set(DRAFT_STANCE.UPDATED_AT, utc(now))
                .onDuplicateKeyUpdate()
                .set(DRAFT_STANCE.STANCE, stance.name())
                .set(DRAFT_STANCE.UPDATED_AT, utc(now))
                .execute();
    }

    public StanceTally tally(DraftId draft) {
        Map<String, Integer> counts = new HashMap<>();
        dsl.select(DRAFT_STANCE.STANCE, DSL.count()).from(DRAFT_STANCE)
                .where(DRAFT_STANCE.DRAFT_ID.eq(draft.value())).groupBy(DRAFT_STANCE.STANCE)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return new StanceTally(counts.getOrDefault(Stance.SUPPORT.name(), 0),
                counts.getOrDefault(Stance.OPPOSE.name(), 0));
    }

    private static Condition topLevelIn(DraftId draft, CommentScope scope) {
        Condition condition = DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.DEPTH.eq(1));
        if (scope.everything()) {
            return condition;
        }
        return condition.and(scope.provisionKey() == null ? DRAFT_COMMENT.PROVISION_KEY.isNull()
                : DRAFT_COMMENT.PROVISION_KEY.eq(scope.provisionKey()));
    }

    private static List<SortField<?>> sort(CommentOrder order) {
        return switch (order) {
            case OLDEST -> List.of(DRAFT_COMMENT.ID.asc());
            case MOST_SUPPORTED -> List.of(DRAFT_COMMENT.UP_VOTES.minus(DRAFT_COMMENT.DOWN_VOTES).desc(),
                    DRAFT_COMMENT.ID.desc());
            case NEWEST -> List.of(DRAFT_COMMENT.ID.desc());
        };
    }

    static List<org.jooq.Field<?>> columns() {
        var replies = DRAFT_COMMENT.as("reply");
        var group = DRAFT_COMMENT.as("same_group");
        return List.of(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID, DRAFT_COMMENT.PARENT_ID, DRAFT_COMMENT.THREAD_ID,
                DRAFT_COMMENT.DEPTH, DRAFT_COMMENT.VERSION_NUMBER, DRAFT_COMMENT.PROVISION_KEY,
                DRAFT_COMMENT.PROVISION_E_ID, DRAFT_COMMENT.AUTHOR_ID, DRAFT_COMMENT.BODY,
                DRAFT_COMMENT.PROPOSED_WORDING, DRAFT_COMMENT.ATTACHMENT_FILE_ID, DRAFT_COMMENT.CREATED_AT,
                DRAFT_COMMENT.EDITED_AT, DRAFT_COMMENT.UP_VOTES, DRAFT_COMMENT.DOWN_VOTES,
                DSL.selectCount().from(replies).where(replies.PARENT_ID.eq(DRAFT_COMMENT.ID)).asField("replies"),
                DRAFT_COMMENT.HIDDEN_REASON, DRAFT_COMMENT.DISOWNED_AT, DRAFT_COMMENT.DISPOSITION,
                DRAFT_COMMENT.ANSWER, DRAFT_COMMENT.ANSWERED_AT, DRAFT_COMMENT.DUPLICATE_GROUP_ID,
                DSL.selectCount().from(group).where(group.DUPLICATE_GROUP_ID.eq(DRAFT_COMMENT.DUPLICATE_GROUP_ID))
                        .asField("group_size"));
    }

    static CommentRow map(Record r) {
        Long parent = r.get(DRAFT_COMMENT.PARENT_ID);
        Long thread = r.get(DRAFT_COMMENT.THREAD_ID);
        String disposition = r.get(DRAFT_COMMENT.DISPOSITION);
        return new CommentRow(new CommentId(r.get(DRAFT_COMMENT.ID)), new DraftId(r.get(DRAFT_COMMENT.DRAFT_ID)),
                parent == null ? null : new CommentId(parent),
                new CommentId(thread == null ? r.get(DRAFT_COMMENT.ID) : thread),
                r.get(DRAFT_COMMENT.DEPTH), r.get(DRAFT_COMMENT.VERSION_NUMBER), r.get(DRAFT_COMMENT.PROVISION_KEY),
                r.get(DRAFT_COMMENT.PROVISION_E_ID), r.get(DRAFT_COMMENT.AUTHOR_ID), r.get(DRAFT_COMMENT.BODY),
                r.get(DRAFT_COMMENT.PROPOSED_WORDING), r.get(DRAFT_COMMENT.ATTACHMENT_FILE_ID),
                instant(r.get(DRAFT_COMMENT.CREATED_AT)), instant(r.get(DRAFT_COMMENT.EDITED_AT)),
                r.get(DRAFT_COMMENT.UP_VOTES), r.get(DRAFT_COMMENT.DOWN_VOTES), r.get("replies", Integer.class),
                r.get(DRAFT_COMMENT.HIDDEN_REASON), instant(r.get(DRAFT_COMMENT.DISOWNED_AT)),
                disposition == null ? null : Disposition.valueOf(disposition), r.get(DRAFT_COMMENT.ANSWER),
                instant(r.get(DRAFT_COMMENT.ANSWERED_AT)),
                r.get(DRAFT_COMMENT.DUPLICATE_GROUP_ID) == null ? null
                        : new CommentId(r.get(DRAFT_COMMENT.DUPLICATE_GROUP_ID)),
                Math.max(1, r.get("group_size", Integer.class)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
