package uz.muhokama.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ProblemStatisticsServiceTest {

    @Autowired
    ProblemStatisticsService statistics;

    @Autowired
    DSLContext dsl;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    ProblemSetupService setup;

    ProblemStatisticsFixture data;

    @BeforeEach
    void setUp() {
        data = new ProblemStatisticsFixture(dsl, organisations, memberships, setup);
    }

    private ProblemStatistics march() {
        return statistics.of(new ProblemStatisticsFilter(ProblemStatisticsFixture.FROM, ProblemStatisticsFixture.TO,
                data.category, null, null));
    }

    @Test
    void counts_the_reports_of_the_period_by_open_closed_and_status_without_hidden_ones() {
        ProblemStatistics.Figures total = march().total();

        assertThat(total.reports()).isEqualTo(5);
        assertThat(total.open()).isEqualTo(2);
        assertThat(total.closed()).isEqualTo(3);
        assertThat(total.byStatus()).containsEntry(ProblemStatus.FIXED, 2)
                .containsEntry(ProblemStatus.ACKNOWLEDGED, 1).containsEntry(ProblemStatus.NOT_RESPONSIBLE, 1)
                .containsEntry(ProblemStatus.NEW, 1).containsEntry(ProblemStatus.REOPENED, 0)
                .hasSize(ProblemStatus.values().length);
    }

    @Test
    void medians_come_from_the_first_response_and_the_first_fix_in_the_history() {
        ProblemStatistics.Figures total = march().total();

        assertThat(total.medianSecondsToAcknowledge()).isEqualTo(Duration.ofHours(5).toSeconds());
        assertThat(total.medianSecondsToFix()).isEqualTo(Duration.ofHours((48 + 480) / 2).toSeconds());
    }

    @Test
    void on_time_counts_the_extended_deadline_and_overdue_open_reports_are_late() {
        ProblemStatistics.Figures total = march().total();

        assertThat(total.onTime()).isEqualTo(2);
        assertThat(total.late()).isEqualTo(3);
        assertThat(total.pending()).isZero();
        assertThat(total.onTimeShare()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void open_reports_within_their_deadline_are_pending_not_late() {
        data.pendingReport(Instant.now());

        ProblemStatistics recent = statistics.of(new ProblemStatisticsFilter(null, null, data.category, null, null));

        assertThat(recent.filter().to()).isEqualTo(statistics.today());
        assertThat(recent.filter().from()).isEqualTo(statistics.today().minusDays(89));
        assertThat(recent.total().reports()).isEqualTo(1);
        assertThat(recent.total().pending()).isEqualTo(1);
        assertThat(recent.total().onTimeShare()).isNull();
    }

    @Test
    void figures_per_district_category_and_organisation_name_the_reports_without_one() {
        ProblemStatistics s = march();

        assertThat(s.byDistrict()).extracting(ProblemStatistics.Row::key, r -> r.figures().reports())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(data.district, 4),
                        org.assertj.core.groups.Tuple.tuple(null, 1));
        assertThat(s.byCategory()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(data.category);
            assertThat(row.names().en()).isEqualTo("Test " + data.category);
        });
        ProblemStatistics.Row utility = s.byOrganisation().getFirst();
        assertThat(utility.key()).isEqualTo(Long.toString(data.utility.id().value()));
        assertThat(utility.names()).isNotNull();
        assertThat(utility.figures().onTime()).isEqualTo(2);
        assertThat(utility.figures().late()).isEqualTo(2);
        assertThat(s.byOrganisation().get(1).key()).isNull();
    }

    @Test
    void narrowing_to_a_district_or_organisation_leaves_the_others_out() {
        ProblemStatistics inDistrict = statistics.of(new ProblemStatisticsFilter(ProblemStatisticsFixture.FROM,
                ProblemStatisticsFixture.TO, null, data.district, null));
        ProblemStatistics ofUtility = statistics.of(new ProblemStatisticsFilter(ProblemStatisticsFixture.FROM,
                ProblemStatisticsFixture.TO, data.category, null, data.utility.id()));

        assertThat(inDistrict.total().reports()).isEqualTo(4);
        assertThat(ofUtility.total().reports()).isEqualTo(4);
        assertThat(ofUtility.total().late()).isEqualTo(2);
    }

    @Test
    void the_heat_layer_counts_reports_per_cell_at_the_cell_centre() {
        List<ProblemStatistics.HeatCell> heat = march().heat();

        assertThat(heat).hasSize(4);
        ProblemStatistics.HeatCell densest = heat.getFirst();
        assertThat(densest.reports()).isEqualTo(2);
        assertThat(densest.lat()).isCloseTo(41.3025, within(1e-6));
        assertThat(densest.lon()).isCloseTo(69.2025, within(1e-6));
    }

    @Test
    void a_period_ending_before_it_starts_or_longer_than_three_years_is_refused() {
        assertThatThrownBy(() -> statistics.of(new ProblemStatisticsFilter(ProblemStatisticsFixture.TO,
                ProblemStatisticsFixture.FROM, null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("problems.stats.error.period"));
        assertThatThrownBy(() -> statistics.of(new ProblemStatisticsFilter(ProblemStatisticsFixture.FROM.minusYears(4),
                ProblemStatisticsFixture.TO, null, null, null)))
                .isInstanceOf(ProblemException.class);
    }
}
