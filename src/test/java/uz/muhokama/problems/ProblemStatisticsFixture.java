package uz.muhokama.problems;

import static uz.muhokama_db.Tables.PROBLEM_REPORT;
import static uz.muhokama_db.Tables.PROBLEM_UPDATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;

/**
 * Reports with a known history in March 2020, in a category, district and utility of their own, written straight into
 * the tables so that every moment is exact:
 * <ol>
 *     <li>responded after 2 h, fixed after 48 h: on time;</li>
 *     <li>acknowledged after 4 h and still open past its deadline: late;</li>
 *     <li>in progress after 6 h, deadline extended, fixed after 20 days, before the extended deadline: on time;</li>
 *     <li>not responsible after 30 days, past the deadline: late;</li>
 *     <li>no district, no organisation (triage), never answered: late;</li>
 * </ol>
 * plus a hidden report and one made in April, which are not counted for March. Reports 1 and 2 lie in the same
 * heat-map cell.
 */
public final class ProblemStatisticsFixture {

    public static final LocalDate FROM = LocalDate.of(2020, 3, 1);
    public static final LocalDate TO = LocalDate.of(2020, 3, 31);

    public final String category;
    public final String district;
    public final ProblemPeople.Utility utility;

    private final DSLContext dsl;

    public ProblemStatisticsFixture(DSLContext dsl, OrganisationService organisations, MembershipService memberships,
                                    ProblemSetupService setup) {
        this.dsl = dsl;
        ProblemPeople people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.WATER);
        utility = people.utility(category);
        district = "Stat " + UUID.randomUUID().toString().substring(0, 8);
        Instant day = Instant.parse("2020-03-02T05:00:00Z");
        Duration deadline = Duration.ofDays(15);
        long first = report(day, deadline, false, district, 41.3001, 69.2001, ProblemStatus.FIXED, false);
        history(first, day, ProblemStatus.ACKNOWLEDGED, Duration.ofHours(2), ProblemStatus.FIXED,
                Duration.ofHours(48));
        Instant second = day.plus(Duration.ofDays(1));
        history(report(second, deadline, false, district, 41.3002, 69.2002, ProblemStatus.ACKNOWLEDGED, false),
                second, ProblemStatus.ACKNOWLEDGED, Duration.ofHours(4));
        Instant third = day.plus(Duration.ofDays(2));
        history(report(third, Duration.ofDays(31), true, district, 41.3301, 69.2301, ProblemStatus.FIXED, false),
                third, ProblemStatus.IN_PROGRESS, Duration.ofHours(6), ProblemStatus.FIXED, Duration.ofDays(20));
        Instant fourth = day.plus(Duration.ofDays(3));
        history(report(fourth, deadline, false, district, 41.3401, 69.2401, ProblemStatus.NOT_RESPONSIBLE, false),
                fourth, ProblemStatus.NOT_RESPONSIBLE, Duration.ofDays(30));
        Instant fifth = day.plus(Duration.ofDays(4));
        reportWithoutOrganisation(fifth, deadline);
        report(day, deadline, false, district, 41.3001, 69.2001, ProblemStatus.NEW, true);
        report(Instant.parse("2020-04-02T05:00:00Z"), deadline, false, district, 41.3001, 69.2001,
                ProblemStatus.NEW, false);
    }

    /** A report made yesterday with a deadline still ahead: neither on time nor late yet. */
    public void pendingReport(Instant now) {
        report(now.minus(Duration.ofDays(1)), Duration.ofDays(15), false, district, 41.35, 69.25,
                ProblemStatus.NEW, false);
    }

    private long report(Instant created, Duration deadline, boolean extended, String place, double lat, double lon,
                        ProblemStatus status, boolean hidden) {
        return insert(created, deadline, extended, place, utility.id().value(), lat, lon, status, hidden);
    }

    private void reportWithoutOrganisation(Instant created, Duration deadline) {
        insert(created, deadline, false, null, null, 41.36, 69.26, ProblemStatus.NEW, false);
    }

    private long insert(Instant created, Duration deadline, boolean extended, String place, Long organisation,
                        double lat, double lon, ProblemStatus status, boolean hidden) {
        long categoryId = dsl.select(uz.muhokama_db.Tables.PROBLEM_CATEGORY.ID)
                .from(uz.muhokama_db.Tables.PROBLEM_CATEGORY)
                .where(uz.muhokama_db.Tables.PROBLEM_CATEGORY.CODE.eq(category)).fetchSingle().value1();
        return dsl.insertInto(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.CATEGORY_ID, categoryId)
                .set(PROBLEM_REPORT.LATITUDE, lat)
                .set(PROBLEM_REPORT.LONGITUDE, lon)
                .set(PROBLEM_REPORT.DISTRICT, place)
                .set(PROBLEM_REPORT.TITLE, "Statistics test")
                .set(PROBLEM_REPORT.DESCRIPTION, "A report with a known history")
                .set(PROBLEM_REPORT.STATUS, status.name())
                .set(PROBLEM_REPORT.ORGANISATION_ID, organisation)
                .set(PROBLEM_REPORT.DEADLINE_AT, utc(created.plus(deadline)))
                .set(PROBLEM_REPORT.EXTENDED, extended)
                .set(PROBLEM_REPORT.TOKEN, UUID.randomUUID().toString())
                .set(PROBLEM_REPORT.HIDDEN, hidden)
                .set(PROBLEM_REPORT.CREATED_AT, utc(created))
                .set(PROBLEM_REPORT.UPDATED_AT, utc(created))
                .returning(PROBLEM_REPORT.ID).fetchSingle().getId();
    }

    private void history(long report, Instant created, Object... statusesAndDelays) {
        update(report, ProblemStatus.NEW, created, "CITIZEN");
        for (int i = 0; i < statusesAndDelays.length; i += 2) {
            update(report, (ProblemStatus) statusesAndDelays[i],
                    created.plus((Duration) statusesAndDelays[i + 1]), "STAFF");
        }
    }

    private void update(long report, ProblemStatus status, Instant at, String kind) {
        dsl.insertInto(PROBLEM_UPDATE)
                .set(PROBLEM_UPDATE.REPORT_ID, report)
                .set(PROBLEM_UPDATE.STATUS, status.name())
                .set(PROBLEM_UPDATE.AUTHOR_KIND, kind)
                .set(PROBLEM_UPDATE.CREATED_AT, utc(at))
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
