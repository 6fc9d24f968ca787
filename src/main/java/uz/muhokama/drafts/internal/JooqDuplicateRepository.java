package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_DUPLICATE_SCAN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.DraftId;

/** The near-duplicate groups of top-level comments: streaming texts in, writing group ids and the scan mark out. */
@Repository
public class JooqDuplicateRepository {

    private static final int FETCH_SIZE = 2_000;
    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    JooqDuplicateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Where the last run stopped, and with which threshold. */
    public record Scan(long lastCommentId, double threshold) {
    }

    public Optional<Scan> scan(DraftId draft) {
        return dsl.select(DRAFT_DUPLICATE_SCAN.LAST_COMMENT_ID, DRAFT_DUPLICATE_SCAN.THRESHOLD)
                .from(DRAFT_DUPLICATE_SCAN).where(DRAFT_DUPLICATE_SCAN.DRAFT_ID.eq(draft.value()))
                .fetchOptional(r -> new Scan(r.value1(), r.value2().doubleValue()));
    }

    public void saveScan(DraftId draft, long lastCommentId, double threshold, Instant now) {
        dsl.insertInto(DRAFT_DUPLICATE_SCAN)
                .set(DRAFT_DUPLICATE_SCAN.DRAFT_ID, draft.value())
                .set(DRAFT_DUPLICATE_SCAN.LAST_COMMENT_ID, lastCommentId)
                .set(DRAFT_DUPLICATE_SCAN.THRESHOLD, BigDecimal.valueOf(threshold))
                .set(DRAFT_DUPLICATE_SCAN.SCANNED_AT, now.atOffset(ZoneOffset.UTC))
                .onDuplicateKeyUpdate()
                .set(DRAFT_DUPLICATE_SCAN.LAST_COMMENT_ID, lastCommentId)
                .set(DRAFT_DUPLICATE_SCAN.THRESHOLD, BigDecimal.valueOf(threshold))
                .set(DRAFT_DUPLICATE_SCAN.SCANNED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /**
     * Hands each top-level comment after {@code afterId} to the consumer, oldest first, without holding them all;
     * {@code leadersOnly} restricts it to comments that lead a group or stand alone.
     */
    public void stream(DraftId draft, long afterId, long upToId, boolean leadersOnly, ObjLongConsumer<String> each) {
        Condition where = DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.DEPTH.eq(1))
                .and(DRAFT_COMMENT.ID.gt(afterId)).and(DRAFT_COMMENT.ID.le(upToId));
        if (leadersOnly) {
            where = where.and(DRAFT_COMMENT.DUPLICATE_GROUP_ID.isNull()
                    .or(DRAFT_COMMENT.DUPLICATE_GROUP_ID.eq(DRAFT_COMMENT.ID)));
        }
        try (var cursor = dsl.select(DRAFT_COMMENT.ID, DRAFT_COMMENT.BODY).from(DRAFT_COMMENT).where(where)
                .orderBy(DRAFT_COMMENT.ID).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var row : cursor) {
                each.accept(row.value2(), row.value1());
            }
        }
    }

    /** The newest top-level comment of the draft, or 0. */
    public long lastCommentId(DraftId draft) {
        Long last = dsl.select(DSL.max(DRAFT_COMMENT.ID)).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.DEPTH.eq(1))).fetchOne().value1();
        return last == null ? 0 : last;
    }

    /** Drafts with top-level comments that no grouping run has seen yet. */
    public List<DraftId> draftsWithUnscannedComments() {
        var scan = DRAFT_DUPLICATE_SCAN;
        return dsl.selectDistinct(DRAFT_COMMENT.DRAFT_ID).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DEPTH.eq(1)).andNotExists(dsl.selectOne().from(scan)
                        .where(scan.DRAFT_ID.eq(DRAFT_COMMENT.DRAFT_ID).and(scan.LAST_COMMENT_ID.ge(DRAFT_COMMENT.ID))))
                .fetch(r -> new DraftId(r.value1()));
    }

    /** Takes every top-level comment of the draft out of its group, before a full regroup. */
    public void clearGroups(DraftId draft) {
        dsl.update(DRAFT_COMMENT).setNull(DRAFT_COMMENT.DUPLICATE_GROUP_ID)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.DEPTH.eq(1))
                        .and(DRAFT_COMMENT.DUPLICATE_GROUP_ID.isNotNull()))
                .execute();
    }

    /**
     * Puts each group's comments (its leader among them) into the group named by its leader's id, in batches of
     * single-row updates.
     */
    public void setGroups(Map<Long, List<Long>> groups) {
        Query update = dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.DUPLICATE_GROUP_ID, (Long) null)
                .where(DRAFT_COMMENT.ID.eq((Long) null));
        BatchBindStep batch = dsl.batch(update);
        int pending = 0;
        for (var group : groups.entrySet()) {
            for (Long id : group.getValue()) {
                batch.bind(group.getKey(), id);
                if (++pending == BATCH) {
                    batch.execute();
                    batch = dsl.batch(update);
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            batch.execute();
        }
    }
}
