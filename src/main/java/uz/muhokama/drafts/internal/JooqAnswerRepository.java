package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT_ANSWER_TABLE;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_FOLLOW;
import static uz.muhokama_db.Tables.DRAFT_PROVISION;
import static uz.muhokama_db.Tables.DRAFT_VERSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.AnswerProgress;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.ProposalFilter;
import uz.muhokama.legislation.ProvisionKind;

/**
 * The agency's answers to proposals and the consolidated table. A proposal is a top-level comment that no moderator
 * hid; the provision it is about is read from the version it was written on.
 */
@Repository
public class JooqAnswerRepository {

    /** Rows a table export reads from the database at a time, so that a draft's million comments never fill memory. */
    static final int FETCH_SIZE = 500;

    private final DSLContext dsl;

    JooqAnswerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the service decides an answer on. */
    public record Target(CommentId id, DraftId draft, int depth, boolean hidden, long authorId) {
    }

    /** A proposal as stored, with the provision it is about (kind null for the whole draft or a vanished provision). */
    public record ProposalRow(CommentId id, DraftId draft, String provisionKey, ProvisionKind kind, String number,
                              String heading, long authorId, String body, String proposedWording, Instant createdAt,
                              int upVotes, int downVotes, Disposition disposition, String answer,
                              Instant answeredAt) {
    }

    public Optional<Target> target(CommentId id) {
        return dsl.select(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID, DRAFT_COMMENT.DEPTH, DRAFT_COMMENT.HIDDEN_REASON,
                        DRAFT_COMMENT.AUTHOR_ID)
                .from(DRAFT_COMMENT).where(DRAFT_COMMENT.ID.eq(id.value()))
                .fetchOptional(r -> new Target(new CommentId(r.value1()), new DraftId(r.value2()), r.value3(),
                        r.value4() != null, r.value5()));
    }

    public void answer(CommentId id, Disposition disposition, String reason, Long by, Instant at) {
        dsl.update(DRAFT_COMMENT)
                .set(DRAFT_COMMENT.DISPOSITION, disposition.name())
                .set(DRAFT_COMMENT.ANSWER, reason)
                .set(DRAFT_COMMENT.ANSWERED_BY, by)
                .set(DRAFT_COMMENT.ANSWERED_AT, utc(at))
                .where(DRAFT_COMMENT.ID.eq(id.value())).execute();
    }

    /** Proposals matching the filter: unanswered first, then in the order of the text, a page at a time. */
    public List<ProposalRow> proposals(DraftId draft, ProposalFilter filter, int offset, int limit) {
        return withProvision(dsl.select(fields()))
                .where(matching(draft, filter))
                .orderBy(DSL.when(DRAFT_COMMENT.DISPOSITION.isNull(), 0).otherwise(1), DRAFT_PROVISION.ORDINAL
                        .asc().nullsFirst(), DRAFT_COMMENT.ID.asc())
                .offset(offset).limit(limit)
                .fetch(JooqAnswerRepository::map);
    }

    public int count(DraftId draft, ProposalFilter filter) {
        return dsl.fetchCount(DRAFT_COMMENT, matching(draft, filter));
    }

    public AnswerProgress progress(DraftId draft) {
        Record record = dsl.select(DSL.count(), DSL.count(DRAFT_COMMENT.DISPOSITION)).from(DRAFT_COMMENT)
                .where(proposalsOf(draft)).fetchOne();
        return new AnswerProgress(record.get(1, Integer.class), record.get(0, Integer.class));
    }

    public void insertTable(DraftId draft, Long by, Instant at) {
        dsl.insertInto(DRAFT_ANSWER_TABLE)
                .set(DRAFT_ANSWER_TABLE.DRAFT_ID, draft.value())
                .set(DRAFT_ANSWER_TABLE.PUBLISHED_BY, by)
                .set(DRAFT_ANSWER_TABLE.PUBLISHED_AT, utc(at)).execute();
    }

    public Optional<Instant> tablePublishedAt(DraftId draft) {
        return dsl.select(DRAFT_ANSWER_TABLE.PUBLISHED_AT).from(DRAFT_ANSWER_TABLE)
                .where(DRAFT_ANSWER_TABLE.DRAFT_ID.eq(draft.value()))
                .fetchOptional(r -> r.value1().toInstant());
    }

    /** Every proposal of the draft in the order of the text, handed over one at a time from an open cursor. */
    public void eachInTableOrder(DraftId draft, Consumer<ProposalRow> action) {
        try (Cursor<Record> cursor = withProvision(dsl.select(fields()))
                .where(proposalsOf(draft))
                .orderBy(tableOrder())
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record record : cursor) {
                action.accept(map(record));
            }
        }
    }

    /** A page of proposals in table order, for the table's page. */
    public List<ProposalRow> tablePage(DraftId draft, int offset, int limit) {
        return withProvision(dsl.select(fields())).where(proposalsOf(draft)).orderBy(tableOrder())
                .offset(offset).limit(limit).fetch(JooqAnswerRepository::map);
    }

    /**
     * Who is told of what happens to a draft: its followers and everyone who commented on it, a batch at a time in
     * order of account id, after {@code afterUserId}.
     */
    public List<Long> audience(DraftId draft, long afterUserId, int limit) {
        var followers = DSL.select(DRAFT_FOLLOW.USER_ID.as("user_id")).from(DRAFT_FOLLOW)
                .where(DRAFT_FOLLOW.DRAFT_ID.eq(draft.value()).and(DRAFT_FOLLOW.USER_ID.gt(afterUserId)));
        var authors = DSL.select(DRAFT_COMMENT.AUTHOR_ID.as("user_id")).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.AUTHOR_ID.gt(afterUserId)));
        var people = followers.union(authors).asTable("people");
        Field<Long> user = people.field("user_id", Long.class);
        return dsl.select(user).from(people).orderBy(user).limit(limit).fetch(user);
    }

    private static List<SortField<?>> tableOrder() {
        return List.of(DRAFT_PROVISION.ORDINAL.asc().nullsFirst(), DRAFT_COMMENT.ID.asc());
    }

    private static SelectJoinStep<Record> withProvision(org.jooq.SelectSelectStep<Record> select) {
        return select.from(DRAFT_COMMENT)
                .leftJoin(DRAFT_VERSION).on(DRAFT_VERSION.DRAFT_ID.eq(DRAFT_COMMENT.DRAFT_ID)
                        .and(DRAFT_VERSION.NUMBER.eq(DRAFT_COMMENT.VERSION_NUMBER)))
                .leftJoin(DRAFT_PROVISION).on(DRAFT_PROVISION.VERSION_ID.eq(DRAFT_VERSION.ID)
                        .and(DRAFT_PROVISION.E_ID.eq(DRAFT_COMMENT.PROVISION_E_ID)));
    }

    private static Condition proposalsOf(DraftId draft) {
        return DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.DEPTH.eq(1))
                .and(DRAFT_COMMENT.HIDDEN_REASON.isNull());
    }

    private static Condition matching(DraftId draft, ProposalFilter filter) {
        Condition condition = proposalsOf(draft);
        if (filter.unansweredOnly()) {
            condition = condition.and(DRAFT_COMMENT.DISPOSITION.isNull());
        }
        if (filter.provisionKey() != null) {
            condition = condition.and(DRAFT_COMMENT.PROVISION_KEY.eq(filter.provisionKey()));
        }
        return condition;
    }

    private static List<Field<?>> fields() {
        return List.of(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID, DRAFT_COMMENT.PROVISION_KEY, DRAFT_PROVISION.KIND,
                DRAFT_PROVISION.NUMBER, DRAFT_PROVISION.HEADING, DRAFT_COMMENT.AUTHOR_ID, DRAFT_COMMENT.BODY,
                DRAFT_COMMENT.PROPOSED_WORDING, DRAFT_COMMENT.CREATED_AT, DRAFT_COMMENT.UP_VOTES,
                DRAFT_COMMENT.DOWN_VOTES, DRAFT_COMMENT.DISPOSITION, DRAFT_COMMENT.ANSWER, DRAFT_COMMENT.ANSWERED_AT);
    }

    private static ProposalRow map(Record r) {
        String kind = r.get(DRAFT_PROVISION.KIND);
        String disposition = r.get(DRAFT_COMMENT.DISPOSITION);
        return new ProposalRow(new CommentId(r.get(DRAFT_COMMENT.ID)), new DraftId(r.get(DRAFT_COMMENT.DRAFT_ID)),
                r.get(DRAFT_COMMENT.PROVISION_KEY), kind == null ? null : ProvisionKind.valueOf(kind),
                r.get(DRAFT_PROVISION.NUMBER), r.get(DRAFT_PROVISION.HEADING), r.get(DRAFT_COMMENT.AUTHOR_ID),
                r.get(DRAFT_COMMENT.BODY), r.get(DRAFT_COMMENT.PROPOSED_WORDING),
                instant(r.get(DRAFT_COMMENT.CREATED_AT)), r.get(DRAFT_COMMENT.UP_VOTES),
                r.get(DRAFT_COMMENT.DOWN_VOTES), disposition == null ? null : Disposition.valueOf(disposition),
                r.get(DRAFT_COMMENT.ANSWER), instant(r.get(DRAFT_COMMENT.ANSWERED_AT)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
