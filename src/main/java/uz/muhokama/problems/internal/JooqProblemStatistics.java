package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_REPORT;
import static uz.muhokama_db.Tables.PROBLEM_UPDATE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.ProblemStatistics;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama_db.tables.ProblemUpdate;

/**
 * The statistics of problem reports, aggregated in the database: each report of the period once, with the first time
 * its history shows a response, a fix and a closing (read from index {@code problem_update_report_status_ix} alone),
 * then counted and medians taken with {@code percentile_cont}, which H2 and PostgreSQL both have.
 */
@Repository
public class JooqProblemStatistics {

    /** The densest cells shown; a city has far fewer. */
    private static final int MAX_CELLS = 5000;

    /** The statuses by which an organisation responds to a report (merging a duplicate is not a response to it). */
    private static final List<String> RESPONSES = names(ProblemStatus.ACKNOWLEDGED, ProblemStatus.IN_PROGRESS,
            ProblemStatus.ACTION_SCHEDULED, ProblemStatus.FIXED, ProblemStatus.CLOSED, ProblemStatus.NOT_RESPONSIBLE);
    private static final List<String> OPEN = Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::isOpen)
            .map(Enum::name).toList();
    private static final List<String> CLOSED = Arrays.stream(ProblemStatus.values()).filter(s -> !s.isOpen())
            .map(Enum::name).toList();

    private static final String RESPONDED_AT = "responded_at";
    private static final String FIXED_AT = "first_fixed_at";
    private static final String CLOSED_AT = "first_closed_at";

    private final DSLContext dsl;

    JooqProblemStatistics(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Which reports are counted: made in {@code [from, to)}, not hidden, narrowed when the other fields are given.
     *
     * @param now open reports whose deadline is before this moment are late
     */
    public record Scope(Instant from, Instant to, String categoryCode, String district, Long organisationId,
                        Instant now) {
    }

    /** The figures of one district, category or organisation; {@code key} is {@code null} for "none". */
    public record Group(String key, ProblemStatistics.Figures figures) {
    }

    public ProblemStatistics.Figures total(Scope scope) {
        Table<?> t = perReport(scope);
        return figures(dsl.select(aggregates(t, scope.now())).from(t).fetchOne());
    }

    public List<Group> byDistrict(Scope scope) {
        return grouped(scope, PROBLEM_REPORT.DISTRICT);
    }

    public List<Group> byCategory(Scope scope) {
        return grouped(scope, PROBLEM_REPORT.CATEGORY_ID);
    }

    public List<Group> byOrganisation(Scope scope) {
        return grouped(scope, PROBLEM_REPORT.ORGANISATION_ID);
    }

    /** A category as {@link #byCategory} keys it (by id): its code and names. */
    public record CategoryLabel(String code, LocalizedText names) {
    }

    /** Every category by its id (inactive ones too: their old reports still count). */
    public Map<String, CategoryLabel> categories() {
        Map<String, CategoryLabel> labels = new LinkedHashMap<>();
        dsl.select(PROBLEM_CATEGORY.ID, PROBLEM_CATEGORY.CODE, PROBLEM_CATEGORY.NAME_UZ_LATN,
                        PROBLEM_CATEGORY.NAME_UZ_CYRL, PROBLEM_CATEGORY.NAME_RU, PROBLEM_CATEGORY.NAME_EN)
                .from(PROBLEM_CATEGORY)
                .forEach(r -> labels.put(Long.toString(r.value1()), new CategoryLabel(r.value2(),
                        new LocalizedText(r.value3(), r.value4(), r.value5(), r.value6()))));
        return labels;
    }

    /** How many reports were made in each cell of the map, densest first. */
    public List<ProblemStatistics.HeatCell> heat(Scope scope) {
        // Inlined, so that the grouped expression and the selected one are the same SQL text on PostgreSQL.
        Field<Double> side = DSL.inline(ProblemStatistics.CELL_DEGREES);
        Field<Long> cellLat = DSL.floor(PROBLEM_REPORT.LATITUDE.div(side)).cast(Long.class);
        Field<Long> cellLon = DSL.floor(PROBLEM_REPORT.LONGITUDE.div(side)).cast(Long.class);
        Field<Integer> count = DSL.count();
        return dsl.select(cellLat, cellLon, count).from(PROBLEM_REPORT).where(conditions(scope))
                .groupBy(cellLat, cellLon).orderBy(count.desc(), cellLat, cellLon).limit(MAX_CELLS)
                .fetch(r -> new ProblemStatistics.HeatCell(centre(r.value1()), centre(r.value2()), r.value3()));
    }

    private List<Group> grouped(Scope scope, Field<?> dimension) {
        Table<?> t = perReport(scope);
        Field<?> key = t.field(dimension);
        List<Field<?>> fields = new ArrayList<>();
        fields.add(key);
        fields.addAll(aggregates(t, scope.now()));
        return dsl.select(fields).from(t).groupBy(key).orderBy(DSL.count().desc(), key)
                .fetch(r -> new Group(r.get(0) == null ? null : r.get(0).toString(), figures(r)));
    }

    /**
     * One row per counted report, with the first moments its history reached a response, a fix and a closing: the
     * history of the counted reports is grouped once and joined, rather than looked up three times per report.
     */
    private Table<?> perReport(Scope scope) {
        ProblemUpdate u = PROBLEM_UPDATE.as("u");
        Table<?> history = dsl.select(u.REPORT_ID, firstOf(u, RESPONSES).as(RESPONDED_AT),
                        firstOf(u, List.of(ProblemStatus.FIXED.name())).as(FIXED_AT), firstOf(u, CLOSED).as(CLOSED_AT))
                .from(u)
                .where(u.REPORT_ID.in(DSL.select(PROBLEM_REPORT.ID).from(PROBLEM_REPORT).where(conditions(scope))))
                .groupBy(u.REPORT_ID).asTable("h");
        Field<OffsetDateTime> closedAt = DSL.coalesce(history.field(CLOSED_AT, OffsetDateTime.class),
                DSL.when(PROBLEM_REPORT.STATUS.in(CLOSED), PROBLEM_REPORT.UPDATED_AT));
        return dsl.select(PROBLEM_REPORT.ID, PROBLEM_REPORT.DISTRICT, PROBLEM_REPORT.CATEGORY_ID,
                        PROBLEM_REPORT.ORGANISATION_ID, PROBLEM_REPORT.STATUS, PROBLEM_REPORT.CREATED_AT,
                        PROBLEM_REPORT.DEADLINE_AT, history.field(RESPONDED_AT, OffsetDateTime.class).as(RESPONDED_AT),
                        history.field(FIXED_AT, OffsetDateTime.class).as(FIXED_AT), closedAt.as(CLOSED_AT))
                .from(PROBLEM_REPORT)
                .leftJoin(history).on(history.field(u.REPORT_ID).eq(PROBLEM_REPORT.ID))
                .where(conditions(scope)).asTable("t");
    }

    private static Field<OffsetDateTime> firstOf(ProblemUpdate u, List<String> statuses) {
        return DSL.min(DSL.when(u.STATUS.in(statuses), u.CREATED_AT));
    }

    private static List<Field<?>> aggregates(Table<?> t, Instant now) {
        Field<String> status = t.field(PROBLEM_REPORT.STATUS);
        Field<OffsetDateTime> created = t.field(PROBLEM_REPORT.CREATED_AT);
        Field<OffsetDateTime> deadline = t.field(PROBLEM_REPORT.DEADLINE_AT);
        Field<OffsetDateTime> responded = t.field(RESPONDED_AT, OffsetDateTime.class);
        Field<OffsetDateTime> fixed = t.field(FIXED_AT, OffsetDateTime.class);
        Field<OffsetDateTime> closed = t.field(CLOSED_AT, OffsetDateTime.class);
        List<Field<?>> fields = new ArrayList<>();
        fields.add(DSL.count());
        fields.add(DSL.count().filterWhere(status.in(OPEN)));
        for (ProblemStatus s : ProblemStatus.values()) {
            fields.add(DSL.count().filterWhere(status.eq(s.name())));
        }
        fields.add(median(seconds(created, responded)));
        fields.add(median(seconds(created, fixed)));
        fields.add(DSL.count().filterWhere(closed.le(deadline)));
        Condition lateOpen = closed.isNull().and(status.in(OPEN)).and(deadline.lt(utc(now)));
        fields.add(DSL.count().filterWhere(closed.gt(deadline).or(lateOpen)));
        return fields;
    }

    private static Field<BigDecimal> median(Field<Integer> seconds) {
        return DSL.percentileCont(new BigDecimal("0.5")).withinGroupOrderBy(seconds);
    }

    private static Field<Integer> seconds(Field<OffsetDateTime> start, Field<OffsetDateTime> end) {
        return DSL.extract(end, DatePart.EPOCH).minus(DSL.extract(start, DatePart.EPOCH));
    }

    /** Reads the columns of {@link #aggregates} from the end of a row (a grouped row has its key first). */
    private static ProblemStatistics.Figures figures(Record r) {
        int i = r.size() - (ProblemStatus.values().length + 6);
        int reports = r.get(i++, Integer.class);
        int open = r.get(i++, Integer.class);
        Map<ProblemStatus, Integer> byStatus = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus s : ProblemStatus.values()) {
            byStatus.put(s, r.get(i++, Integer.class));
        }
        Long toAcknowledge = seconds(r.get(i++));
        Long toFix = seconds(r.get(i++));
        int onTime = r.get(i++, Integer.class);
        int late = r.get(i, Integer.class);
        return new ProblemStatistics.Figures(reports, open, Collections.unmodifiableMap(byStatus), toAcknowledge,
                toFix, onTime, late);
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }

    private static List<Condition> conditions(Scope scope) {
        List<Condition> where = new ArrayList<>();
        where.add(PROBLEM_REPORT.CREATED_AT.ge(utc(scope.from())));
        where.add(PROBLEM_REPORT.CREATED_AT.lt(utc(scope.to())));
        where.add(PROBLEM_REPORT.HIDDEN.isFalse());
        if (scope.categoryCode() != null) {
            where.add(PROBLEM_REPORT.CATEGORY_ID.eq(DSL.field(DSL.select(PROBLEM_CATEGORY.ID).from(PROBLEM_CATEGORY)
                    .where(PROBLEM_CATEGORY.CODE.eq(scope.categoryCode())))));
        }
        if (scope.district() != null) {
            where.add(PROBLEM_REPORT.DISTRICT.eq(scope.district()));
        }
        if (scope.organisationId() != null) {
            where.add(PROBLEM_REPORT.ORGANISATION_ID.eq(scope.organisationId()));
        }
        return where;
    }

    private static double centre(long cell) {
        return Math.round((cell + 0.5) * ProblemStatistics.CELL_DEGREES * 1e6) / 1e6;
    }

    private static List<String> names(ProblemStatus... statuses) {
        return Arrays.stream(statuses).map(Enum::name).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
