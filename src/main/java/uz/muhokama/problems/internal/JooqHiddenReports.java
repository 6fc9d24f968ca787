package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_REPORT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The reports moderators have hidden from the public, for showing them again. */
@Repository
public class JooqHiddenReports {

    private final DSLContext dsl;

    JooqHiddenReports(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A hidden report; {@code changedAt} is when it was hidden, unless it changed since. */
    public record Row(long id, String title, String categoryCode, Instant createdAt, Instant changedAt) {
    }

    /** The most recently changed hidden reports first. */
    public List<Row> latest(int limit) {
        return dsl.select(PROBLEM_REPORT.ID, PROBLEM_REPORT.TITLE, PROBLEM_CATEGORY.CODE, PROBLEM_REPORT.CREATED_AT,
                        PROBLEM_REPORT.UPDATED_AT)
                .from(PROBLEM_REPORT)
                .join(PROBLEM_CATEGORY).on(PROBLEM_CATEGORY.ID.eq(PROBLEM_REPORT.CATEGORY_ID))
                .where(PROBLEM_REPORT.HIDDEN.isTrue())
                .orderBy(PROBLEM_REPORT.UPDATED_AT.desc(), PROBLEM_REPORT.ID.desc())
                .limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4().toInstant(),
                        r.value5().toInstant()));
    }
}
