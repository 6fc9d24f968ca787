package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.internal.JooqCommentRepository.CommentRow;

/**
 * A draft's comments in id order for the public API and the bulk export: pages after a cursor (the last id seen),
 * and a stream that never holds more than one fetch of rows.
 */
@Repository
public class JooqCommentPages {

    /** Rows the database hands over per round trip while streaming. */
    private static final int FETCH_SIZE = 2_000;

    private static final List<Field<?>> PLAIN_COLUMNS = List.of(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID,
            DRAFT_COMMENT.PARENT_ID, DRAFT_COMMENT.THREAD_ID, DRAFT_COMMENT.DEPTH, DRAFT_COMMENT.VERSION_NUMBER,
            DRAFT_COMMENT.PROVISION_KEY, DRAFT_COMMENT.PROVISION_E_ID, DRAFT_COMMENT.AUTHOR_ID, DRAFT_COMMENT.BODY,
            DRAFT_COMMENT.PROPOSED_WORDING, DRAFT_COMMENT.ATTACHMENT_FILE_ID, DRAFT_COMMENT.CREATED_AT,
            DRAFT_COMMENT.EDITED_AT, DRAFT_COMMENT.UP_VOTES, DRAFT_COMMENT.DOWN_VOTES, DRAFT_COMMENT.HIDDEN_REASON,
            DRAFT_COMMENT.DISOWNED_AT, DRAFT_COMMENT.DISPOSITION, DRAFT_COMMENT.ANSWER, DRAFT_COMMENT.ANSWERED_AT,
            DRAFT_COMMENT.DUPLICATE_GROUP_ID);

    private final DSLContext dsl;

    JooqCommentPages(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Comments (replies included) with an id above {@code afterId}, oldest first. */
    public List<CommentRow> after(DraftId draft, long afterId, int limit) {
        return page(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.ID.gt(afterId)), limit);
    }

    /** Answered top-level comments (the rows of the consolidated table) with an id above {@code afterId}. */
    public List<CommentRow> answeredAfter(DraftId draft, long afterId, int limit) {
        return page(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()).and(DRAFT_COMMENT.ID.gt(afterId))
                .and(DRAFT_COMMENT.DEPTH.eq(1)).and(DRAFT_COMMENT.DISPOSITION.isNotNull()), limit);
    }

    /**
     * Hands every comment of the draft to {@code sink}, oldest first, reading through a database cursor. Without the
     * reply and group counts, which a file of all comments does not need. Call inside a transaction: PostgreSQL only
     * streams with auto-commit off.
     */
    public void stream(DraftId draft, Consumer<CommentRow> sink) {
        try (Cursor<Record> rows = dsl.select(PLAIN_COLUMNS).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.value()))
                .orderBy(DRAFT_COMMENT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record row : rows) {
                sink.accept(plain(row));
            }
        }
    }

    private List<CommentRow> page(Condition where, int limit) {
        return dsl.select(JooqCommentRepository.columns()).from(DRAFT_COMMENT).where(where)
                .orderBy(DRAFT_COMMENT.ID).limit(limit)
                .fetch(JooqCommentRepository::map);
    }

    private static CommentRow plain(Record r) {
        Long parent = r.get(DRAFT_COMMENT.PARENT_ID);
        Long thread = r.get(DRAFT_COMMENT.THREAD_ID);
        Long group = r.get(DRAFT_COMMENT.DUPLICATE_GROUP_ID);
        String disposition = r.get(DRAFT_COMMENT.DISPOSITION);
        return new CommentRow(new CommentId(r.get(DRAFT_COMMENT.ID)), new DraftId(r.get(DRAFT_COMMENT.DRAFT_ID)),
                parent == null ? null : new CommentId(parent),
                new CommentId(thread == null ? r.get(DRAFT_COMMENT.ID) : thread),
                r.get(DRAFT_COMMENT.DEPTH), r.get(DRAFT_COMMENT.VERSION_NUMBER), r.get(DRAFT_COMMENT.PROVISION_KEY),
                r.get(DRAFT_COMMENT.PROVISION_E_ID), r.get(DRAFT_COMMENT.AUTHOR_ID), r.get(DRAFT_COMMENT.BODY),
                r.get(DRAFT_COMMENT.PROPOSED_WORDING), r.get(DRAFT_COMMENT.ATTACHMENT_FILE_ID),
                instant(r.get(DRAFT_COMMENT.CREATED_AT)), instant(r.get(DRAFT_COMMENT.EDITED_AT)),
                r.get(DRAFT_COMMENT.UP_VOTES), r.get(DRAFT_COMMENT.DOWN_VOTES), 0,
                r.get(DRAFT_COMMENT.HIDDEN_REASON), instant(r.get(DRAFT_COMMENT.DISOWNED_AT)),
                disposition == null ? null : Disposition.valueOf(disposition), r.get(DRAFT_COMMENT.ANSWER),
                instant(r.get(DRAFT_COMMENT.ANSWERED_AT)), group == null ? null : new CommentId(group), 1);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
