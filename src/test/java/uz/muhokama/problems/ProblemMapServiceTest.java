package uz.muhokama.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama.problems.ProblemPeople.asCitizen;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemMapServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProblemMapService map;

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    ProblemPeople people;
    String category;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.WATER);
        people.utility(category);
        citizen = people.citizen();
    }

    private ReportId reported(double lat, double lon) {
        return asCitizen(citizen, () -> problems.report(new NewReport(category, lat, lon, "Amir Temur koʻchasi 1",
                "Quvur yorilib ketdi", "Hovlida suv quvuri yorilib, suv oqib yotibdi.", false, Map.of()),
                List.of()));
    }

    @Test
    void pins_of_a_category_are_its_public_reports_newest_first_with_their_place() {
        ReportId older = reported(41.3001, 69.2401);
        ReportId newer = reported(41.3002, 69.2402);
        ReportId hidden = reported(41.3003, 69.2403);
        dsl.execute("update problem_report set hidden = true where id = " + hidden.value());

        List<ReportPin> pins = map.pins(new ReportFilter(category, null, null, null, null, null, false, false), 10);

        assertThat(pins).extracting(ReportPin::id).containsExactly(newer, older);
        assertThat(pins.getFirst().latitude()).isEqualTo(41.3002);
        assertThat(pins.getFirst().longitude()).isEqualTo(69.2402);
        assertThat(pins.getFirst().title()).isEqualTo("Quvur yorilib ketdi");
        assertThat(pins.getFirst().status()).isEqualTo(ProblemStatus.NEW);
        assertThat(map.pins(new ReportFilter(category, null, null, null, null, null, false, false), 1))
                .extracting(ReportPin::id).containsExactly(newer);
    }

    @Test
    void overdue_report_is_a_pin_marked_overdue_and_counts_under_the_overdue_filter() {
        ReportId late = reported(41.3101, 69.2501);
        ReportId onTime = reported(41.3102, 69.2502);
        dsl.execute("update problem_report set deadline_at = created_at - interval '1' day where id = "
                + late.value());
        ReportFilter overdue = new ReportFilter(category, null, null, null, null, null, true, false);

        assertThat(map.pins(overdue, 10)).extracting(ReportPin::id).containsExactly(late);
        assertThat(map.pins(overdue, 10).getFirst().overdue()).isTrue();
        assertThat(map.pins(new ReportFilter(category, null, null, null, null, null, false, false), 10))
                .filteredOn(p -> p.id().equals(onTime)).singleElement().extracting(ReportPin::overdue)
                .isEqualTo(false);
        assertThat(problems.count(overdue)).isEqualTo(1);
    }
}
