package uz.muhokama.problems.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;
import static uz.muhokama.problems.ProblemPeople.asCitizen;
import static uz.muhokama.problems.ProblemPeople.asStaff;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.NewProblemSubscription;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ProblemSubscription;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.SubscriptionFixtures;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemFeedControllerTest {

    private static final Map<String, String> ATOM = Map.of("a", "http://www.w3.org/2005/Atom");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemStaffService staff;

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

    MockMvc mvc;
    ProblemPeople people;
    String category;
    ProblemPeople.Utility utility;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.GAS);
        utility = people.utility(category);
        citizen = people.citizen();
    }

    private ReportId reportAt(String title, double lat, double lon) {
        return asCitizen(citizen, () -> problems.report(new NewReport(category, lat, lon, null, title,
                "Gaz hidi kelyapti", false, Map.of()), List.of()));
    }

    @Test
    void category_feed_is_atom_with_the_category_reports_newest_first() throws Exception {
        ReportId first = reportAt("Gaz hidi podyezdda", LAT, LON);
        ReportId second = reportAt("Gaz hidi hovlida", LAT + 0.001, LON);

        String body = mvc.perform(get("/problems/feed.atom").param("category", category).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andExpect(xpath("/a:feed/a:title", ATOM).string("Обращения Muhokama: Тест " + category + " · везде"))
                .andExpect(xpath("count(/a:feed/a:entry)", ATOM).number(2.0))
                .andExpect(xpath("/a:feed/a:entry[1]/a:id", ATOM)
                        .string("http://localhost:8080/problems/" + second.value()))
                .andExpect(xpath("/a:feed/a:entry[2]/a:title", ATOM).string("Gaz hidi podyezdda"))
                .andExpect(xpath("/a:feed/a:entry[2]/a:link/@href", ATOM)
                        .string("http://localhost:8080/problems/" + first.value()))
                .andExpect(xpath("/a:feed/a:entry[2]/a:summary", ATOM).string("Тест " + category + " · Новое · Test district"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wellFormed(body).getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    }

    @Test
    void bbox_and_district_feeds_hold_only_the_reports_inside() throws Exception {
        reportAt("Gaz quvuri markazda", LAT, LON);
        reportAt("Gaz quvuri Samarqandda", 39.65, 66.96);
        String box = String.format(java.util.Locale.ROOT, "%f,%f,%f,%f", LON - 0.01, LAT - 0.01, LON + 0.01,
                LAT + 0.01);

        mvc.perform(get("/problems/feed.atom").param("category", category).param("bbox", box))
                .andExpect(status().isOk())
                .andExpect(xpath("count(/a:feed/a:entry)", ATOM).number(1.0))
                .andExpect(xpath("/a:feed/a:entry/a:title", ATOM).string("Gaz quvuri markazda"));
        mvc.perform(get("/problems/feed.atom").param("category", category).param("district", "Test district"))
                .andExpect(status().isOk())
                .andExpect(xpath("count(/a:feed/a:entry)", ATOM).number(1.0))
                .andExpect(xpath("/a:feed/a:entry/a:title", ATOM).string("Gaz quvuri markazda"));
    }

    @Test
    void subscription_feed_by_token_follows_the_drawn_polygon_exactly() throws Exception {
        reportAt("Gaz hidi burchakda", LAT, LON);
        reportAt("Gaz hidi pastda", LAT - 0.009, LON + 0.009);
        ProblemSubscription area = asCitizen(citizen, () -> subscriptions.subscribe(new NewProblemSubscription(
                category, null, SubscriptionFixtures.aroundButNotOver(LAT, LON), false)));

        mvc.perform(get("/problems/feed/" + area.feedToken() + ".atom").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("count(/a:feed/a:entry)", ATOM).number(1.0))
                .andExpect(xpath("/a:feed/a:entry/a:title", ATOM).string("Gaz hidi pastda"))
                .andExpect(xpath("/a:feed/a:title", ATOM).string(org.hamcrest.Matchers.startsWith(
                        "Muhokama reports: Test " + category + " · an area of ")));
    }

    @Test
    void report_history_feed_has_one_entry_per_public_update() throws Exception {
        ReportId id = reportAt("Gaz hisoblagichi buzilgan", LAT, LON);
        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.IN_PROGRESS, "Usta yoʻlda", List.of());
            return null;
        });

        mvc.perform(get("/problems/" + id.value() + "/feed.atom").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("/a:feed/a:title", ATOM).string("History of report " + id.value()
                        + ": Gaz hisoblagichi buzilgan"))
                .andExpect(xpath("count(/a:feed/a:entry)", ATOM).number(2.0))
                .andExpect(xpath("/a:feed/a:entry[1]/a:title", ATOM).string("In progress"))
                .andExpect(xpath("/a:feed/a:entry[1]/a:summary", ATOM)
                        .string("The responsible organisation · Usta yoʻlda"))
                .andExpect(xpath("/a:feed/a:entry[2]/a:title", ATOM).string("New"));
    }

    @Test
    void bad_parameters_and_unknown_feeds_are_refused_in_the_language_asked() throws Exception {
        mvc.perform(get("/problems/feed.atom").param("category", "no-such").param("lang", "ru"))
                .andExpect(status().isBadRequest()).andExpect(content().string("Такой категории нет."));
        mvc.perform(get("/problems/feed.atom").param("district", "Atlantis").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string("There is no such district."));
        for (String box : List.of("1,2,3", "69.3,41.3,69.2,41.4", "37.5,55.7,37.7,55.8", "a,b,c,d")) {
            mvc.perform(get("/problems/feed.atom").param("bbox", box)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/problems/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.atom").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string("There is no such feed: the subscription may have been removed."));
        mvc.perform(get("/problems/987654321/feed.atom")).andExpect(status().isNotFound());
    }

    @Test
    void one_click_unsubscribe_posts_without_a_session_and_a_get_only_leads_to_the_question() throws Exception {
        ProblemSubscription subscription = asCitizen(citizen, () -> subscriptions.subscribe(
                new NewProblemSubscription(category, null, null, false)));
        String token = dsl.select(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION.UNSUBSCRIBE_TOKEN)
                .from(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION)
                .where(uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION.ID.eq(subscription.id())).fetchOne().value1();

        mvc.perform(get("/problems/subscriptions/unsubscribe/" + token))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/problems/subscriptions/stop/" + token));
        assertThat(subscriptions.byUnsubscribeToken(token)).isPresent();

        mvc.perform(post("/problems/subscriptions/unsubscribe/" + token)
                        .contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        assertThat(subscriptions.byUnsubscribeToken(token)).isEmpty();
        mvc.perform(get("/problems/feed/" + subscription.feedToken() + ".atom")).andExpect(status().isNotFound());
    }

    private static Document wellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
