package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_STANCE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftStatus;

/**
 * Counts for the statistics of one draft or of all public drafts of an agency. A group of near-identical comments
 * counts as one proposal (answered by the answer to its first comment); its authors all count as participants.
 */
@Repository
public class JooqStatisticsRepository {

    /** Tashkent is five hours ahead of UTC all year (no summer time since 1992). */
    private static final int TASHKENT_OFFSET_SECONDS = 5 * 3600;

    private final DSLContext dsl;

    JooqStatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Which drafts: one, or every public draft of an agency. */
    public record Scope(DraftId draft, OrganisationId agency) {

        public static Scope of(DraftId draft) {
            return new Scope(draft, null);
        }

        public static Scope of(OrganisationId agency) {
            return new Scope(null, agency);
        }

        Condition comments() {
            return draft != null ? DRAFT_COMMENT.DRAFT_ID.eq(draft.value())
                    : DRAFT_COMMENT.DRAFT_ID.in(publicDraftsOf(agency));
        }

        Condition stances() {
            return draft != null ? DRAFT_STANCE.DRAFT_ID.eq(draft.value())
                    : DRAFT_STANCE.DRAFT_ID.in(publicDraftsOf(agency));
        }

        private static Select<Record1<Long>> publicDraftsOf(OrganisationId agency) {
            return DSL.select(DRAFT.ID).from(DRAFT).where(DRAFT.ORGANISATION_ID.eq(agency.value())
                    .and(DRAFT.STATUS.ne(DraftStatus.DRAFT.name())));
        }
    }

    /** The counts of comments and proposals. */
    public record Counts(int comments, int topLevel, int grouped, int groups, int participants, int supports,
                         int opposes) {
    }

    public Counts counts(Scope scope) {
        Condition comments = scope.comments();
        var c = dsl.select(DSL.count(),
                        DSL.count().filterWhere(DRAFT_COMMENT.DEPTH.eq(1)),
                        DSL.count().filterWhere(DRAFT_COMMENT.DEPTH.eq(1)
                                .and(DRAFT_COMMENT.DUPLICATE_GROUP_ID.isNotNull())),
                        DSL.countDistinct(DRAFT_COMMENT.DUPLICATE_GROUP_ID).filterWhere(DRAFT_COMMENT.DEPTH.eq(1)))
                .from(DRAFT_COMMENT).where(comments).fetchOne();
        int participants = dsl.fetchCount(DSL.select(DRAFT_COMMENT.AUTHOR_ID).from(DRAFT_COMMENT).where(comments)
                .union(DSL.select(DRAFT_STANCE.USER_ID).from(DRAFT_STANCE).where(scope.stances())));
        Map<String, Integer> stances = new HashMap<>();
        dsl.select(DRAFT_STANCE.STANCE, DSL.count()).from(DRAFT_STANCE).where(scope.stances())
                .groupBy(DRAFT_STANCE.STANCE).forEach(r -> stances.put(r.value1(), r.value2()));
        return new Counts(c.value1(), c.value2(), c.value3(), c.value4(), participants,
                stances.getOrDefault("SUPPORT", 0), stances.getOrDefault("OPPOSE", 0));
    }

    /** Proposals (individual comments and groups) by their disposition; unanswered ones under null. */
    public Map<Disposition, Integer> dispositions(Scope scope) {
        Map<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
        dsl.select(DRAFT_COMMENT.DISPOSITION, DSL.count()).from(DRAFT_COMMENT)
                .where(scope.comments().and(proposal())).groupBy(DRAFT_COMMENT.DISPOSITION)
                .forEach(r -> {
                    if (r.value1() != null) {
                        counts.put(Disposition.valueOf(r.value1()), r.value2());
                    }
                });
        return counts;
    }

    /** The middle of the times from a proposal to its answer, or null when none is answered. */
    public Duration medianTimeToAnswer(Scope scope) {
        Field<Long> seconds = DSL.extract(DRAFT_COMMENT.ANSWERED_AT, DatePart.EPOCH).cast(Long.class)
                .minus(DSL.extract(DRAFT_COMMENT.CREATED_AT, DatePart.EPOCH).cast(Long.class));
        long[] waits = dsl.select(seconds).from(DRAFT_COMMENT)
                .where(scope.comments().and(proposal()).and(DRAFT_COMMENT.ANSWERED_AT.isNotNull()))
                .orderBy(seconds).fetch(r -> r.value1()).stream().mapToLong(Long::longValue).toArray();
        if (waits.length == 0) {
            return null;
        }
        int middle = waits.length / 2;
        long median = waits.length % 2 == 1 ? waits[middle] : (waits[middle - 1] + waits[middle]) / 2;
        return Duration.ofSeconds(Math.max(0, median));
    }

    /** Comments per day in Tashkent, from the first day with a comment to the last. */
    public Map<LocalDate, Integer> commentsPerDay(Scope scope) {
        Field<Long> day = DSL.floor(DSL.extract(DRAFT_COMMENT.CREATED_AT, DatePart.EPOCH)
                .plus(DSL.inline(TASHKENT_OFFSET_SECONDS)).div(DSL.inline(86_400))).cast(Long.class);
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        dsl.select(day, DSL.count()).from(DRAFT_COMMENT).where(scope.comments()).groupBy(day).orderBy(day)
                .forEach(r -> perDay.put(LocalDate.ofEpochDay(r.value1()), r.value2()));
        return perDay;
    }

    /** One public draft of an agency with its numbers, for the agency's table and chart. */
    public record DraftCounts(DraftId draft, String titleUz, String titleRu, String status, OffsetDateTime start,
                              int comments, int supports, int opposes) {
    }

    public List<DraftCounts> draftsOf(OrganisationId agency) {
        var comments = DSL.select(DSL.count()).from(DRAFT_COMMENT).where(DRAFT_COMMENT.DRAFT_ID.eq(DRAFT.ID));
        var supports = DSL.select(DSL.count()).from(DRAFT_STANCE)
                .where(DRAFT_STANCE.DRAFT_ID.eq(DRAFT.ID).and(DRAFT_STANCE.STANCE.eq("SUPPORT")));
        var opposes = DSL.select(DSL.count()).from(DRAFT_STANCE)
                .where(DRAFT_STANCE.DRAFT_ID.eq(DRAFT.ID).and(DRAFT_STANCE.STANCE.eq("OPPOSE")));
        List<DraftCounts> rows = new ArrayList<>();
        dsl.select(DRAFT.ID, DRAFT.TITLE_UZ_LATN, DRAFT.TITLE_RU, DRAFT.STATUS, DRAFT.DISCUSSION_START,
                        comments.asField("comments"), supports.asField("supports"), opposes.asField("opposes"))
                .from(DRAFT)
                .where(DRAFT.ORGANISATION_ID.eq(agency.value()).and(DRAFT.STATUS.ne(DraftStatus.DRAFT.name())))
                .orderBy(DRAFT.DISCUSSION_START.desc(), DRAFT.ID.desc())
                .forEach(r -> rows.add(new DraftCounts(new DraftId(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.get("comments", Integer.class), r.get("supports", Integer.class),
                        r.get("opposes", Integer.class))));
        return rows;
    }

    /** Agencies with at least one public draft. */
    public List<OrganisationId> agenciesWithDrafts() {
        return dsl.selectDistinct(DRAFT.ORGANISATION_ID).from(DRAFT).where(DRAFT.STATUS.ne(DraftStatus.DRAFT.name()))
                .fetch(r -> new OrganisationId(r.value1()));
    }

    /** A proposal: a top-level comment that stands alone or leads its group of near-identical comments. */
    private static Condition proposal() {
        return DRAFT_COMMENT.DEPTH.eq(1).and(DRAFT_COMMENT.DUPLICATE_GROUP_ID.isNull()
                .or(DRAFT_COMMENT.DUPLICATE_GROUP_ID.eq(DRAFT_COMMENT.ID)));
    }
}
