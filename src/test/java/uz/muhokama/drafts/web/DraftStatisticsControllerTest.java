package uz.muhokama.drafts.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.ReportedComments;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class DraftStatisticsControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anyone_reads_the_statistics_of_a_draft_and_of_its_agency_as_json() throws Exception {
        ReportedComments draft = new ReportedComments(drafts, comments, dsl, organisations, memberships);
        draft.reported("Fikr");

        mvc.perform(get("/api/v1/drafts/" + draft.draft().value() + "/statistics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comments").value(1))
                .andExpect(jsonPath("$.proposals").value(1))
                .andExpect(jsonPath("$.participants").value(1))
                .andExpect(jsonPath("$.acceptedShare").doesNotExist())
                .andExpect(jsonPath("$.commentsPerDay[0].comments").value(1));
        mvc.perform(get("/api/v1/drafts/statistics").param("agency", Long.toString(draft.agency().value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.comments").value(1))
                .andExpect(jsonPath("$.drafts[0].draft.value").value(draft.draft().value()));
    }

    @Test
    void an_unknown_draft_has_no_statistics() throws Exception {
        mvc.perform(get("/api/v1/drafts/" + Long.MAX_VALUE + "/statistics")).andExpect(status().isNotFound());
    }
}
