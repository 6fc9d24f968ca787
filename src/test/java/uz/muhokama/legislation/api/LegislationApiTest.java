package uz.muhokama.legislation.api;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class LegislationApiTest {

    private static final LocalDate ADOPTED = LocalDate.of(2021, 3, 15);

    @Autowired
    WebApplicationContext context;

    @Autowired
    LegislationImportService imports;

    @Autowired
    SystemAdministrator system;

    private MockMvc mvc;
    private String path;
    private String scope;

    @BeforeEach
    void anAct() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        ImportResult result = system.call(() -> {
            ImportPreview preview = imports.preview(new ByteArrayInputStream(
                    "1-modda. Maqsad\nUshbu Qonunning maqsadi <b>aniq</b>.\n2-modda. Kuchga kirish\nMatn."
                            .getBytes(StandardCharsets.UTF_8)), "qonun.txt");
            return imports.importEdition(preview.fileId(), new ActMetadata(ActType.LAW, "OʻRQ-" + number, ADOPTED,
                    null, null, null, null, ActStatus.IN_FORCE, null, null, null), "uz-Latn", ADOPTED, "Sinov qonuni");
        });
        scope = result.uri();
        path = scope.replace("/act/uz/", "/api/v1/acts/");
    }

    @Test
    void an_act_its_text_and_one_provision_are_served_as_json_to_anyone() throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.summary.type").value("LAW"))
                .andExpect(jsonPath("$.editions[0].language").value("uz-Latn"));
        mvc.perform(get(path + "/text").param("lang", "uz-Latn").param("date", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisions[0].eId").value("art_1"));
        mvc.perform(get(path + "/provisions/art_1__para_1").param("lang", "uz-Latn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Ushbu Qonunning maqsadi <b>aniq</b>."));
    }

    @Test
    void the_hits_come_without_facets_when_asked_so_and_the_facets_from_their_own_endpoint() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/v1/legislation/search")
                        .param("q", "maqsadi").param("scope", scope))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.facets.type.LAW").value(1)));

        mvc.perform(get("/api/v1/legislation/search").param("q", "maqsadi").param("scope", scope)
                        .param("facets", "false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$.facets").isEmpty());
        mvc.perform(get("/api/v1/legislation/search/facets").param("q", "maqsadi").param("scope", scope)
                        .param("status", "IN_FORCE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.approximate").value(false))
                .andExpect(jsonPath("$.counts.status.IN_FORCE").value(1));
        mvc.perform(get("/api/v1/legislation/search/facets").param("q", "maqsadi").param("scope", scope)
                        .param("status", "NOT_YET_IN_FORCE"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void unknown_acts_languages_and_dates_before_the_act_are_not_found() throws Exception {
        mvc.perform(get("/api/v1/acts/law/1900/1")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/text").param("lang", "ru")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/text").param("lang", "uz-Latn").param("date", "2000-01-01"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_openapi_description_lists_the_endpoints_and_writing_needs_a_signed_in_person() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/acts/{type}/{year}/{number}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legislation/search']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legislation/search/facets']").exists());
        mvc.perform(post("/api/v1/acts").with(csrf())).andExpect(status().isUnauthorized());
    }
}
