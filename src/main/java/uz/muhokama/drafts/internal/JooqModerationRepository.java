package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT_REPORT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.DraftId;

/** The moderators' view of comments: open reports grouped per comment, hiding and restoring, resolving reports. */
@Repository
public class JooqModerationRepository {

    private final DSLContext dsl;

    JooqModerationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A comment as a moderator sees it: the full text even when hidden, with its draft's titles. */
    public record ModeratedRow(CommentId id, DraftId draft, String draftTitleUz, String draftTitleRu,
                               int versionNumber, String provisionEId, long authorId, String body,
                               String proposedWording, Instant createdAt, String hiddenReason, Long hiddenBy,
                               Instant hiddenAt) {
    }

    /** The open reports on one comment: how many, the first one's time, and their reasons oldest first. */
    public record OpenReports(CommentId comment, int count, Instant firstAt, List<String> reasons) {
    }

    /** Comments with open reports, the longest-waiting first, a page at a time. */
    public List<OpenReports> openReports(int offset, int limit) {
        Field<Integer> count = DSL.count().as("reports");
        Field<OffsetDateTime> first = DSL.min(DRAFT_COMMENT_REPORT.CREATED_AT).as("first_at");
        List<OpenReports> page = new ArrayList<>();
        dsl.select(DRAFT_COMMENT_REPORT.COMMENT_ID, count, first).from(DRAFT_COMMENT_REPORT)
                .where(DRAFT_COMMENT_REPORT.RESOLVED_AT.isNull())
                .groupBy(DRAFT_COMMENT_REPORT.COMMENT_ID)
                .orderBy(first.asc(), DRAFT_COMMENT_REPORT.COMMENT_ID.asc())
                .offset(offset).limit(limit)
                .forEach(r -> page.add(new OpenReports(new CommentId(r.value1()), r.value2(), instant(r.value3()),
                        List.of())));
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<String>> reasons = new HashMap<>();
        dsl.select(DRAFT_COMMENT_REPORT.COMMENT_ID, DRAFT_COMMENT_REPORT.REASON).from(DRAFT_COMMENT_REPORT)
                .where(DRAFT_COMMENT_REPORT.RESOLVED_AT.isNull()
                        .and(DRAFT_COMMENT_REPORT.COMMENT_ID.in(page.stream().map(p -> p.comment().value()).toList())))
                .orderBy(DRAFT_COMMENT_REPORT.CREATED_AT, DRAFT_COMMENT_REPORT.ID)
                .forEach(r -> reasons.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return page.stream().map(p -> new OpenReports(p.comment(), p.count(), p.firstAt(),
                List.copyOf(reasons.getOrDefault(p.comment().value(), List.of())))).toList();
    }

    /** How many comments have open reports. */
    public int openReportedComments() {
        return dsl.fetchCount(dsl.selectDistinct(DRAFT_COMMENT_REPORT.COMMENT_ID).from(DRAFT_COMMENT_REPORT)
                .where(DRAFT_COMMENT_REPORT.RESOLVED_AT.isNull()));
    }

    public Optional<ModeratedRow> find(CommentId id) {
        return rows(List.of(id)).stream().findFirst();
    }

    /** These comments in the order asked for (ids that do not exist are left out). */
    public List<ModeratedRow> rows(Collection<CommentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ModeratedRow> found = new HashMap<>();
        dsl.select(columns()).from(DRAFT_COMMENT).join(DRAFT).on(DRAFT.ID.eq(DRAFT_COMMENT.DRAFT_ID))
                .where(DRAFT_COMMENT.ID.in(ids.stream().map(CommentId::value).toList()))
                .forEach(r -> found.put(r.get(DRAFT_COMMENT.ID), map(r)));
        return ids.stream().map(id -> found.get(id.value())).filter(Objects::nonNull).toList();
    }

    /** Hidden comments, the most recently hidden first. */
    public List<ModeratedRow> hidden(int offset, int limit) {
        return dsl.select(columns()).from(DRAFT_COMMENT).join(DRAFT).on(DRAFT.ID.eq(DRAFT_COMMENT.DRAFT_ID))
                .where(DRAFT_COMMENT.HIDDEN_AT.isNotNull())
                .orderBy(DRAFT_COMMENT.HIDDEN_AT.desc(), DRAFT_COMMENT.ID.desc())
                .offset(offset).limit(limit).fetch(JooqModerationRepository::map);
    }

    public int hiddenCount() {
        return dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.HIDDEN_AT.isNotNull());
    }

    /** Hides a visible comment; false when it was hidden already (by another moderator a moment ago). */
    public boolean hide(CommentId id, String reason, long by, Instant now) {
        return dsl.update(DRAFT_COMMENT)
                .set(DRAFT_COMMENT.HIDDEN_REASON, reason)
                .set(DRAFT_COMMENT.HIDDEN_BY, by)
                .set(DRAFT_COMMENT.HIDDEN_AT, utc(now))
                .where(DRAFT_COMMENT.ID.eq(id.value()).and(DRAFT_COMMENT.HIDDEN_AT.isNull()))
                .execute() == 1;
    }

    /** Shows a hidden comment again; false when it was not hidden. */
    public boolean restore(CommentId id) {
        return dsl.update(DRAFT_COMMENT)
                .setNull(DRAFT_COMMENT.HIDDEN_REASON)
                .setNull(DRAFT_COMMENT.HIDDEN_BY)
                .setNull(DRAFT_COMMENT.HIDDEN_AT)
                .where(DRAFT_COMMENT.ID.eq(id.value()).and(DRAFT_COMMENT.HIDDEN_AT.isNotNull()))
                .execute() == 1;
    }

    /** Marks the comment's open reports as dealt with; returns how many there were. */
    public int resolveReports(CommentId id, long by, Instant now) {
        return dsl.update(DRAFT_COMMENT_REPORT)
                .set(DRAFT_COMMENT_REPORT.RESOLVED_AT, utc(now))
                .set(DRAFT_COMMENT_REPORT.RESOLVED_BY, by)
                .where(DRAFT_COMMENT_REPORT.COMMENT_ID.eq(id.value()).and(DRAFT_COMMENT_REPORT.RESOLVED_AT.isNull()))
                .execute();
    }

    private static List<Field<?>> columns() {
        return List.of(DRAFT_COMMENT.ID, DRAFT_COMMENT.DRAFT_ID, DRAFT.TITLE_UZ_LATN, DRAFT.TITLE_RU,
                DRAFT_COMMENT.VERSION_NUMBER, DRAFT_COMMENT.PROVISION_E_ID, DRAFT_COMMENT.AUTHOR_ID,
                DRAFT_COMMENT.BODY, DRAFT_COMMENT.PROPOSED_WORDING, DRAFT_COMMENT.CREATED_AT,
                DRAFT_COMMENT.HIDDEN_REASON, DRAFT_COMMENT.HIDDEN_BY, DRAFT_COMMENT.HIDDEN_AT);
    }

    private static ModeratedRow map(Record r) {
        return new ModeratedRow(new CommentId(r.get(DRAFT_COMMENT.ID)), new DraftId(r.get(DRAFT_COMMENT.DRAFT_ID)),
                r.get(DRAFT.TITLE_UZ_LATN), r.get(DRAFT.TITLE_RU), r.get(DRAFT_COMMENT.VERSION_NUMBER),
                r.get(DRAFT_COMMENT.PROVISION_E_ID), r.get(DRAFT_COMMENT.AUTHOR_ID), r.get(DRAFT_COMMENT.BODY),
                r.get(DRAFT_COMMENT.PROPOSED_WORDING), instant(r.get(DRAFT_COMMENT.CREATED_AT)),
                r.get(DRAFT_COMMENT.HIDDEN_REASON), r.get(DRAFT_COMMENT.HIDDEN_BY),
                instant(r.get(DRAFT_COMMENT.HIDDEN_AT)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
