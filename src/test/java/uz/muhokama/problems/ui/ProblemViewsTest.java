package uz.muhokama.problems.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportDetails;
import uz.muhokama.problems.ReportId;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    ProblemStaffService staff;

    @Autowired
    DSLContext dsl;

    ProblemPeople people;
    String category;
    ProblemPeople.Utility utility;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.WATER);
        utility = people.utility(category);
        citizen = people.citizen();
    }

    private void signIn(TestAccount person, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    private ReportId reported(String title) {
        return ProblemPeople.asCitizen(citizen, () -> problems.report(new NewReport(category, LAT, LON, null, title,
                "Hovlida suv oqib yotibdi", false, Map.of()), List.of()));
    }

    @Test
    void anyone_sees_the_list_and_filters_it_by_category() {
        reported("Quvur yorilgan hovlida");

        navigate(ProblemsView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(t("problems.list.title"));
        @SuppressWarnings("unchecked")
        Select<uz.muhokama.problems.Category> filter = $(Select.class).withId("problems-filter-category").single();
        filter.setValue(filter.getListDataView().getItems().filter(c -> c != null && c.code().equals(category))
                .findFirst().orElseThrow());
        assertThat($(Span.class).withId("problems-count").single().getText())
                .isEqualTo(t("problems.list.count", 1));
    }

    @Test
    void report_page_shows_a_resident_to_the_public() {
        ReportId id = reported("Quvur yorilgan yoʻlakda");

        navigate("problems/" + id.value(), ReportView.class);

        assertThat($(H1.class).withId("problem-title").single().getText()).isEqualTo("Quvur yorilgan yoʻlakda");
        assertThat(text($(Div.class).withClassName("problem-facts").single()))
                .contains(t("problems.resident")).doesNotContain("Citizen Name");
        assertThat($(Div.class).withId("problem-staff").all()).isEmpty();
    }

    @Test
    void wizard_walks_from_category_to_a_sent_report() {
        signIn(citizen, Roles.CITIZEN);
        navigate(ReportWizardView.class);

        test($(Button.class).withId("problems-category-" + category).single()).click();
        $(NumberField.class).withId("problems-lat").single().setValue(LAT);
        $(NumberField.class).withId("problems-lon").single().setValue(LON);
        test($(Button.class).withId("problems-next").single()).click();
        $(TextField.class).withId("problems-title").single().setValue("Quvurdan suv oqyapti");
        $(TextArea.class).withId("problems-description").single().setValue("Ikkinchi kundan beri oqyapti");
        test($(Button.class).withId("problems-next").single()).click();
        test($(Button.class).withId("problems-next").single()).click();

        assertThat($(Paragraph.class).withId("problems-receiver").single().getText()).contains("Ministry of Test")
                .doesNotContain("!");
        test($(Button.class).withId("problems-submit").single()).click();

        assertThat($(H1.class).withId("problem-title").single().getText()).isEqualTo("Quvurdan suv oqyapti");
    }

    @Test
    void wizard_refuses_a_place_outside_the_country_on_the_place_step() {
        signIn(citizen, Roles.CITIZEN);
        navigate(ReportWizardView.class);
        test($(Button.class).withId("problems-category-" + category).single()).click();
        NumberField lat = $(NumberField.class).withId("problems-lat").single();
        lat.setValue(0.0);
        $(NumberField.class).withId("problems-lon").single().setValue(0.0);

        test($(Button.class).withId("problems-next").single()).click();

        assertThat(lat.isInvalid()).isTrue();
        assertThat(lat.getErrorMessage()).isEqualTo(t("problems.error.outsideCountry"));
    }

    @Test
    void wizard_offers_the_nearby_report_as_my_problem_too() {
        ReportId existing = reported("Quvur yorilgan burchakda");
        TestAccount neighbour = people.citizen();
        signIn(neighbour, Roles.CITIZEN);
        navigate(ReportWizardView.class);
        test($(Button.class).withId("problems-category-" + category).single()).click();
        $(NumberField.class).withId("problems-lat").single().setValue(LAT + 0.0005);
        $(NumberField.class).withId("problems-lon").single().setValue(LON);
        test($(Button.class).withId("problems-next").single()).click();
        $(TextField.class).withId("problems-title").single().setValue("Suv oqyapti");
        $(TextArea.class).withId("problems-description").single().setValue("Bu yerda ham suv oqyapti");
        test($(Button.class).withId("problems-next").single()).click();
        test($(Button.class).withId("problems-next").single()).click();

        test($(Button.class).withId("problems-metoo-" + existing.value()).single()).click();

        assertThat(problems.find(existing).orElseThrow().supporters()).isEqualTo(1);
        assertThat($(H1.class).withId("problem-title").single().getText()).isEqualTo("Quvur yorilgan burchakda");
    }

    @Test
    void staff_acknowledge_and_fix_from_the_report_page() {
        ReportId id = reported("Quvur yorilgan maydonda");
        signIn(utility.staff(), Roles.CITIZEN, Roles.UTILITY_STAFF);
        navigate("problems/" + id.value(), ReportView.class);

        test($(Button.class).withId("problem-acknowledge").single()).click();
        @SuppressWarnings("unchecked")
        Select<ProblemStatus> status = $(Select.class).withId("problem-status-select").single();
        status.setValue(ProblemStatus.FIXED);
        $(TextArea.class).withId("problem-note").single().setValue("Quvur almashtirildi");
        test($(Button.class).withId("problem-status-save").single()).click();

        ReportDetails details = problems.find(id).orElseThrow();
        assertThat(details.status()).isEqualTo(ProblemStatus.FIXED);
        assertThat(text($(Div.class).withId("problem-history").single())).contains("Quvur almashtirildi");
    }

    @Test
    void reporter_disputes_a_fix_and_the_report_reopens() {
        ReportId id = reported("Quvur yorilgan bogʻda");
        ProblemPeople.asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.FIXED, "Tuzatildi", List.of());
            return null;
        });
        signIn(citizen, Roles.CITIZEN);
        navigate("problems/" + id.value(), ReportView.class);

        $(TextArea.class).withId("problem-dispute-note").single().setValue("Suv hali ham oqyapti");
        test($(Button.class).withId("problem-dispute").single()).click();

        assertThat(problems.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.REOPENED);
    }

    @Test
    void moderator_hides_an_abusive_report_from_the_public() {
        ReportId id = reported("Haqoratli matnli murojaat");
        signIn(people.citizen(), Roles.CITIZEN, Roles.MODERATOR);
        navigate("problems/" + id.value(), ReportView.class);

        test($(Button.class).withId("problem-hide").single()).click();

        assertThat($(Button.class).withId("problem-hide").all()).as("no second hide").isEmpty();
        test($(Button.class).withId("problem-show").single()).click();
        assertThat(problems.find(id).orElseThrow().hidden()).isFalse();
        navigate("problems/" + id.value(), ReportView.class);
        test($(Button.class).withId("problem-hide").single()).click();

        SecurityContextHolder.clearContext();
        assertThat(problems.find(id)).isEmpty();
    }

    @Test
    void staff_queue_lists_the_organisation_reports() {
        ReportId id = reported("Quvur yorilgan koʻchada");
        signIn(utility.staff(), Roles.CITIZEN, Roles.UTILITY_STAFF);

        navigate(StaffQueueView.class);

        assertThat($(Span.class).withId("problems-queue-count").single().getText())
                .isEqualTo(t("problems.list.count", 1));
        assertThat(staff.queue(uz.muhokama.problems.ReportFilter.ALL.withOrganisation(utility.id()), 0, 5))
                .extracting(uz.muhokama.problems.ReportSummary::id).containsExactly(id);
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
