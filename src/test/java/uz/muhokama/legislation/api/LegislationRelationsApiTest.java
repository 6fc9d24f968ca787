package uz.muhokama.legislation.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.legislation.ActRelationService;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.AmendmentKind;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.legislation.NewAmendment;
import uz.muhokama.legislation.NewRepeal;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;

@IntegrationTest
class LegislationRelationsApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActRelationService relations;

    MockMvc mvc;
    ImportResult code;
    ImportResult resolution;
    String resolutionNumber;

    @BeforeEach
    void relatedActs() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String word = Acts.uniqueWord();
        code = Acts.imported(imports, ActType.CODE, "OʻRQ-" + Acts.uniqueNumber(), LocalDate.of(2019, 1, 10),
                word + " kodeksi", "1-modda. Maqsad\nMatn.\n2-modda. Tartib\nTartib belgilanadi.\n");
        resolutionNumber = "PQ-" + Acts.uniqueNumber();
        resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, resolutionNumber,
                LocalDate.of(2023, 5, 10), "Qoʻllash haqida",
                "1-modda. Oʻzgartish\n" + word + " kodeksining 2-moddasi yangi tahrirda bayon etilsin.\n"
                        + "2-modda. Yakun\nQaror kuchga kiradi.\n");
        SignedIn.asAdmin(() -> relations.recordAmendment(new NewAmendment(code.actId(), "art_2", resolutionNumber,
                "art_1", AmendmentKind.SUBSTITUTED, LocalDate.of(2023, 6, 1))));
    }

    @Test
    void amendments_and_citations_are_served_both_ways_to_anyone() throws Exception {
        mvc.perform(get(api(code) + "/relations")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.amendedBy[0].kind").value("SUBSTITUTED"))
                .andExpect(jsonPath("$.amendedBy[0].inForceFrom").value("2023-06-01"))
                .andExpect(jsonPath("$.amendedBy[0].target.eId").value("art_2"))
                .andExpect(jsonPath("$.amendedBy[0].amending.act.uri").value(resolution.uri()))
                .andExpect(jsonPath("$.amendedBy[0].amending.eId").value("art_1"))
                .andExpect(jsonPath("$.amends").isEmpty())
                .andExpect(jsonPath("$.lostForceBy").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.citedBy[0].citing.act.number").value(resolutionNumber))
                .andExpect(jsonPath("$.citedBy[0].citing.eId").value("art_1__para_1"))
                .andExpect(jsonPath("$.citedBy[0].cited.eId").value("art_2"))
                .andExpect(jsonPath("$.cites").isEmpty());
        mvc.perform(get(api(resolution) + "/relations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.amends[0].target.act.uri").value(code.uri()))
                .andExpect(jsonPath("$.cites[0].cited.act.uri").value(code.uri()))
                .andExpect(jsonPath("$.amendedBy").isEmpty());
    }

    @Test
    void the_act_that_made_an_act_lose_force_is_served() throws Exception {
        SignedIn.asAdmin(() -> relations.recordRepeal(new NewRepeal(code.actId(), resolutionNumber, "art_2",
                LocalDate.of(2023, 7, 1))));

        mvc.perform(get(api(code) + "/relations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lostForceBy.lostForceOn").value("2023-07-01"))
                .andExpect(jsonPath("$.lostForceBy.repealing.act.uri").value(resolution.uri()))
                .andExpect(jsonPath("$.lostForceBy.repealing.eId").value("art_2"));
        mvc.perform(get(api(resolution) + "/relations"))
                .andExpect(jsonPath("$.repeals[0].repealed.uri").value(code.uri()));
    }

    @Test
    void an_unknown_act_has_no_relations_and_the_endpoint_is_documented() throws Exception {
        mvc.perform(get("/api/v1/acts/law/1900/1/relations")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/acts/{type}/{year}/{number}/relations'].get.summary")
                        .value("What links the act to others"))
                .andExpect(jsonPath("$.paths['/api/v1/acts/{type}/{year}/{number}/relations'].get.responses['404']")
                        .exists());
    }

    private static String api(ImportResult act) {
        return act.uri().replace("/act/uz/", "/api/v1/acts/");
    }
}
