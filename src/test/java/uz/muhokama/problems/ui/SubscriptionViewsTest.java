package uz.muhokama.problems.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.NewProblemSubscription;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemSubscription;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.SubscriptionFixtures;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class SubscriptionViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemSubscriptionService subscriptions;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    ProblemPeople people;
    SubscriptionFixtures fixtures;
    String category;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        fixtures = new SubscriptionFixtures(dsl, people);
        category = people.category(CategoryGroup.HEATING);
        people.utility(category);
        citizen = fixtures.subscriber("uz-Latn");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(TestAccount person) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN))));
        SecurityContextHolder.setContext(context);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).withId(id).single();
    }

    @Test
    void the_public_gets_the_feed_address_of_its_choice_and_is_asked_to_sign_in_for_mail() {
        UI.getCurrent().navigate(SubscriptionView.class, QueryParameters.simple(Map.of("district", "Test district",
                "category", category)));

        assertThat($(H1.class).first().getText()).isEqualTo(t("problems.subscription.title"));
        assertThat($(Button.class).withId("problems-subscription-save").all()).isEmpty();
        assertThat($(Anchor.class).withId("problems-subscription-sign-in").single().getHref()).isEqualTo("/sign-in");
        assertThat($(Anchor.class).withId("problems-subscription-feed").single().getHref())
                .isEqualTo("/problems/feed.atom?category=" + category + "&district=Test%20district&lang="
                        + SupportedLocale.closestTo(UI.getCurrent().getLocale()).tag());
    }

    @Test
    void signed_in_person_subscribes_to_a_category_in_a_district_and_removes_it_again() {
        signIn(citizen);
        navigate(SubscriptionView.class);
        Select<Category> categories = select("problems-subscription-category");
        categories.setValue(categories.getListDataView().getItems().filter(c -> c != null && c.code().equals(category))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SubscriptionView.Where> where = $(RadioButtonGroup.class)
                .withId("problems-subscription-where").single();
        where.setValue(SubscriptionView.Where.DISTRICT);
        select("problems-subscription-district").setValue("Test district");
        $(Checkbox.class).withId("problems-subscription-status-changes").single().setValue(true);

        test($(Button.class).withId("problems-subscription-save").single()).click();

        List<ProblemSubscription> mine = ProblemPeople.asCitizen(citizen, subscriptions::mine);
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.categoryCode()).isEqualTo(category);
            assertThat(s.district()).isEqualTo("Test district");
            assertThat(s.statusChanges()).isTrue();
        });
        long id = mine.getFirst().id();
        assertThat($(H1.class).first().getText()).isEqualTo(t("problems.subscription.list.title"));
        Div card = $(Div.class).withId("problems-subscription-" + id).single();
        assertThat($(H2.class, card).single().getText()).endsWith(category + " · Test district");
        assertThat($(Anchor.class).withId("problems-subscription-feed-" + id).single().getHref())
                .startsWith("/problems/feed/" + mine.getFirst().feedToken() + ".atom");

        test($(Button.class).withId("problems-subscription-remove-" + id).single()).click();

        assertThat(fixtures.subscriptionsOf(citizen)).isZero();
        assertThat($(Paragraph.class).withId("problems-subscriptions-empty").single().getText())
                .isEqualTo(t("problems.subscription.list.empty"));
    }

    @Test
    void drawn_area_is_saved_and_a_self_crossing_one_is_refused_on_the_map() {
        signIn(citizen);
        navigate(SubscriptionView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SubscriptionView.Where> where = $(RadioButtonGroup.class)
                .withId("problems-subscription-where").single();
        where.setValue(SubscriptionView.Where.AREA);
        SubscriptionAreaPicker picker = $(SubscriptionAreaPicker.class).withId("problems-subscription-area").single();
        String bowTie = SubscriptionFixtures.polygon(LON - 0.01, LAT - 0.01, LON + 0.01, LAT + 0.01, LON + 0.01,
                LAT - 0.01, LON - 0.01, LAT + 0.01);
        ComponentUtil.fireEvent(picker, new SubscriptionAreaPicker.AreaChangeEvent(picker, true, bowTie, 4, ""));

        test($(Button.class).withId("problems-subscription-save").single()).click();

        assertThat($(Paragraph.class).withId("problems-subscription-area-error").single().getText())
                .isEqualTo(t("problems.subscription.error.areaInvalid"));
        assertThat(fixtures.subscriptionsOf(citizen)).isZero();

        String square = SubscriptionFixtures.square(LAT, LON, 0.01);
        ComponentUtil.fireEvent(picker, new SubscriptionAreaPicker.AreaChangeEvent(picker, true, square, 4,
                "69.269700,41.301100,69.289700,41.321100"));
        assertThat($(Anchor.class).withId("problems-subscription-feed").single().getHref())
                .contains("bbox=69.269700,41.301100,69.289700,41.321100");
        test($(Button.class).withId("problems-subscription-save").single()).click();

        List<ProblemSubscription> mine = ProblemPeople.asCitizen(citizen, subscriptions::mine);
        assertThat(mine).singleElement().satisfies(s -> assertThat(s.hasArea()).isTrue());
        assertThat($(SubscriptionAreaPicker.class).withClassName("subscription-card-map").all()).hasSize(1);
    }

    @Test
    void stop_page_asks_first_and_then_stops_the_subscription_without_signing_in() {
        ProblemSubscription subscription = ProblemPeople.asCitizen(citizen, () -> subscriptions.subscribe(
                new NewProblemSubscription(category, null, null, false)));
        String token = dsl.select(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION.UNSUBSCRIBE_TOKEN)
                .from(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION)
                .where(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION.ID.eq(subscription.id())).fetchOne().value1();

        navigate("problems/subscriptions/stop/" + token, SubscriptionStopView.class);

        assertThat($(Paragraph.class).withId("problems-unsubscribe-what").single().getText())
                .contains(category);
        assertThat(fixtures.subscriptionsOf(citizen)).isEqualTo(1);
        test($(Button.class).withId("problems-unsubscribe-confirm").single()).click();
        assertThat($(Paragraph.class).withId("problems-unsubscribe-done").single().getText())
                .isEqualTo(t("problems.subscription.stop.done"));
        assertThat(fixtures.subscriptionsOf(citizen)).isZero();

        navigate("problems/subscriptions/stop/" + token, SubscriptionStopView.class);
        assertThat($(Paragraph.class).withId("problems-unsubscribe-unknown").all()).hasSize(1);
    }

    @Test
    void list_and_report_pages_lead_to_the_form_with_their_category_and_district() {
        ReportId id = ProblemPeople.asCitizen(citizen, () -> problems.report(new NewReport(category, LAT, LON, null,
                "Radiator sovuq", "Uyda issiqlik yoʻq", false, Map.of()), List.of()));
        navigate(ProblemsView.class);
        assertThat($(Button.class).withId("problems-subscribe-button").all()).hasSize(1);

        navigate("problems/" + id.value(), ReportView.class);
        test($(Button.class).withId("problem-subscribe").single()).click();

        assertThat(this.<Category>select("problems-subscription-category").getValue().code()).isEqualTo(category);
        assertThat(this.<String>select("problems-subscription-district").getValue()).isEqualTo("Test district");
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
