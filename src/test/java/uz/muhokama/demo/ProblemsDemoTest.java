package uz.muhokama.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.ApiKeyService;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportFilter;
import uz.muhokama.problems.Routing;
import uz.muhokama.support.IntegrationTest;

/** The demo's problem reports load: categories, routed areas, reports in many states, the published Open311 key. */
@IntegrationTest
class ProblemsDemoTest {

    @Autowired
    OrganisationsDemo organisations;

    @Autowired
    PeopleDemo people;

    @Autowired
    ProblemsDemo demo;

    @Autowired
    ProblemService problems;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    ApiKeyService keys;

    @Test
    void demo_reports_load_routed_in_varied_states_with_a_working_open311_key() {
        if (!organisations.isLoaded()) {
            organisations.load();
        }
        if (!people.isLoaded()) {
            people.load();
        }
        if (!demo.isLoaded()) {
            demo.load(40);
        }

        assertThat(problems.category("water-leak")).isPresent();
        Routing chilonzor = problems.route("water-leak", 41.28, 69.20);
        assertThat(chilonzor.organisation())
                .isEqualTo(organisationService.findByCode(OrganisationsDemo.WATER_UTILITY).orElseThrow().id());
        assertThat(problems.route("pothole", 41.28, 69.20).isTriage()).isTrue();
        assertThat(problems.count(new ReportFilter("water-leak", null, null, null, null, null, false, false)))
                .isPositive();
        assertThat(problems.count(new ReportFilter(null, ProblemStatus.FIXED, null, null, null, null, false, false)))
                .isPositive();
        assertThat(problems.count(new ReportFilter(null, null, null, null, null, null, true, false))).isPositive();
        assertThat(keys.clientOf(ProblemsDemo.OPEN311_KEY)).isPresent();
    }
}
