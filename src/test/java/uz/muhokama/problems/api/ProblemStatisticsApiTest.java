package uz.muhokama.problems.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStatisticsFixture;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ProblemStatisticsApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    ProblemSetupService setup;

    MockMvc mvc;
    ProblemStatisticsFixture data;
    String march;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        data = new ProblemStatisticsFixture(dsl, organisations, memberships, setup);
        march = "?from=" + ProblemStatisticsFixture.FROM + "&to=" + ProblemStatisticsFixture.TO + "&category="
                + data.category;
    }

    @Test
    void anyone_reads_the_figures_as_json_with_names_in_the_language_asked_for() throws Exception {
        mvc.perform(get("/api/v1/problems/statistics.json" + march + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.from").value("2020-03-01"))
                .andExpect(jsonPath("$.category").value(data.category))
                .andExpect(jsonPath("$.total.reports").value(5))
                .andExpect(jsonPath("$.total.open").value(2))
                .andExpect(jsonPath("$.total.byStatus.FIXED").value(2))
                .andExpect(jsonPath("$.total.medianSecondsToAcknowledge").value(18000))
                .andExpect(jsonPath("$.total.onTime").value(2))
                .andExpect(jsonPath("$.total.late").value(3))
                .andExpect(jsonPath("$.total.onTimeShare").value(0.4))
                .andExpect(jsonPath("$.categories[0].name").value("Test " + data.category))
                .andExpect(jsonPath("$.organisations[1].key").doesNotExist())
                .andExpect(jsonPath("$.organisations[1].name").value("Not yet routed (triage)"))
                .andExpect(jsonPath("$.heat[0].reports").value(2))
                .andExpect(jsonPath("$.cellDegrees").value(0.005));
    }

    @Test
    void the_plain_address_answers_csv_to_a_client_that_accepts_only_csv() throws Exception {
        String csv = mvc.perform(get("/api/v1/problems/statistics" + march).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "problem-statistics-2020-03-01-2020-03-31.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFFdimension,key,name,reports,open,closed,status_new,");
        assertThat(lines.get(1)).startsWith("total,,,5,2,3,").endsWith(",2,3,0,0.4000");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("district," + data.district + ","));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("category," + data.category + ","));

        mvc.perform(get("/api/v1/problems/statistics" + march))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void the_csv_address_gives_csv_whatever_the_client_accepts() throws Exception {
        mvc.perform(get("/api/v1/problems/statistics.csv" + march))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
    }

    @Test
    void a_bad_period_or_date_is_a_translated_problem_document() throws Exception {
        mvc.perform(get("/api/v1/problems/statistics.json?from=2020-03-31&to=2020-03-01")
                        .header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("problems.stats.error.period"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Период")));
        mvc.perform(get("/api/v1/problems/statistics.json?from=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("problems.stats.error.badRequest"))
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void the_statistics_are_described_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/problems/statistics.json'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/problems/statistics.csv'].get").exists());
    }
}
