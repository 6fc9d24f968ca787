package uz.muhokama.drafts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.internal.ParticipationFactsCache;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class DraftsApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ParticipationFactsCache facts;

    MockMvc mvc;
    ApiFixtures fixtures;
    ApiFixtures.Published draft;
    String email;

    @BeforeEach
    void aDraftAndAPerson() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new ApiFixtures(drafts, organisations, dsl, passwords, facts);
        draft = fixtures.draft("API sinov loyihasi " + System.nanoTime());
        email = fixtures.person();
    }

    @Test
    void paging_through_all_pages_returns_every_comment_once_even_when_comments_arrive_meanwhile() throws Exception {
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posted.add(postComment(Map.of("body", "Izoh " + i), i % 2 == 0 ? ApiFixtures.ARTICLE_2 : null));
        }
        posted.add(postReply(posted.getFirst(), "Javob"));
        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/drafts/" + draft.id().value() + "/comments?limit=5";
        int pages = 0;
        while (next != null) {
            String json = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<Number> ids = JsonPath.read(json, "$.items[*].id");
            ids.forEach(id -> seen.add(id.longValue()));
            next = JsonPath.read(json, "$.next");
            if (pages++ == 0) {
                posted.add(postComment(Map.of("body", "Sahifalash paytida yozilgan izoh"), null));
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(posted);
    }

    @Test
    void a_hidden_comment_keeps_its_place_without_its_text_and_a_reply_names_its_parent() throws Exception {
        long hidden = postComment(Map.of("body", "Haqoratli matn"), null);
        long reply = postReply(hidden, "Javob matni");
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.HIDDEN_REASON, "Haqorat")
                .where(DRAFT_COMMENT.ID.eq(hidden)).execute();

        mvc.perform(get("/api/v1/drafts/" + draft.id().value() + "/comments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(hidden))
                .andExpect(jsonPath("$.items[0].hidden").value(true))
                .andExpect(jsonPath("$.items[0].hiddenReason").value("Haqorat"))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andExpect(jsonPath("$.items[1].id").value(reply))
                .andExpect(jsonPath("$.items[1].parentId").value(hidden))
                .andExpect(jsonPath("$.items[1].depth").value(2))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/v1/comments/" + hidden)).andExpect(jsonPath("$.body").doesNotExist());
    }

    @Test
    void an_anonymous_post_is_refused_with_401_as_a_translated_problem() throws Exception {
        mvc.perform(post(commentsPath()).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Salom\"}")
                        .header("Accept-Language", "ru"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HTTP Basic")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("войдите")));
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isZero();
    }

    @Test
    void a_wrong_password_is_401_and_five_of_them_lock_the_account_even_after_it_was_remembered() throws Exception {
        postComment(Map.of("body", "Toʻgʻri parol bilan"), null);
        // An address of its own, so that these failures do not throttle other tests' sign-ins from 127.0.0.1.
        String address = "10.9.0." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post(commentsPath()).with(httpBasic(email, "notoʻgʻri")).with(from(address))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"X\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD)).with(from(address))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Qulflangandan keyin\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isEqualTo(1);
    }

    @Test
    void a_comment_after_the_deadline_is_refused_with_409_in_the_readers_language() throws Exception {
        fixtures.deadlinePasses(draft.id());
        mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Kech qolgan izoh\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("drafts.comment.error.closed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The discussion of this draft")));
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isZero();
    }

    @Test
    void bad_input_is_400_with_the_translated_reason_and_the_field() throws Exception {
        mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                        .header("Accept-Language", "uz-Cyrl").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(header().string("Content-Language", "uz-Cyrl"))
                .andExpect(jsonPath("$.detail").value("Изоҳ матнини ёзинг."));
        mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Matn\",\"provision\":\"art_99\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("drafts.comment.error.provisionNotFound"));
        mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"body\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request is malformed")));
        mvc.perform(get(commentsPath()).param("cursor", "not-a-cursor").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("drafts.api.error.badCursor"));
        mvc.perform(post("/api/v1/drafts/999999999/comments").with(httpBasic(email, ApiFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Matn\"}"))
                .andExpect(status().isNotFound());
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isZero();
    }

    @Test
    void drafts_are_listed_with_the_list_pages_filters_and_shown_with_versions_and_provisions() throws Exception {
        String base = "/api/v1/drafts/" + draft.id().value();
        mvc.perform(get("/api/v1/drafts").param("agency", Long.toString(draft.agency().value()))
                        .param("open", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(draft.id().value()))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"));
        mvc.perform(get("/api/v1/drafts").param("agency", Long.toString(draft.agency().value()))
                .param("open", "false")).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].number").value(1))
                .andExpect(jsonPath("$.agency.id").value(draft.agency().value()));
        mvc.perform(get(base + "/versions/1/provisions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.eId == '" + ApiFixtures.ARTICLE_2 + "')]").exists());
        mvc.perform(get(base + "/versions/7/provisions")).andExpect(status().isNotFound());
    }

    @Test
    void the_table_is_served_once_answered_and_the_export_holds_every_comment() throws Exception {
        long first = postComment(Map.of("body", "Birinchi, \"iqtibos\" bilan"), ApiFixtures.ARTICLE_2);
        postReply(first, "=SUM(A1)");
        String base = "/api/v1/drafts/" + draft.id().value();
        mvc.perform(get(base + "/table")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("drafts.api.error.tableNotPublished"));
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.DISPOSITION, "ACCEPTED").set(DRAFT_COMMENT.ANSWER, "Qabul qilindi")
                .where(DRAFT_COMMENT.ID.eq(first)).execute();
        dsl.update(DRAFT).set(DRAFT.STATUS, DraftStatus.ANSWERED.name()).where(DRAFT.ID.eq(draft.id().value()))
                .execute();
        mvc.perform(get(base + "/table")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].disposition").value("ACCEPTED"))
                .andExpect(jsonPath("$.items[0].answer").value("Qabul qilindi"));

        String lines = asyncBody(base + "/comments.jsonl");
        assertThat(lines.lines()).hasSize(2);
        assertThat(lines.lines().findFirst().orElseThrow()).contains("\"id\":" + first, "\"disposition\":\"ACCEPTED\"");
        String csv = asyncBody(base + "/comments.csv");
        assertThat(csv).startsWith("\uFEFFid,parent_id,");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"Birinchi, \"\"iqtibos\"\" bilan\"", ",'=SUM(A1),");
    }

    @Test
    void the_openapi_description_at_the_docs_address_lists_the_drafts_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/drafts/{id}/comments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/drafts/{id}/comments.csv']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String asyncBody(String path) throws Exception {
        MvcResult started = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        started.getAsyncResult(10_000);
        return started.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String commentsPath() {
        return "/api/v1/drafts/" + draft.id().value() + "/comments";
    }

    private long postComment(Map<String, String> body, String provision) throws Exception {
        String json = "{\"body\":\"" + body.get("body").replace("\"", "\\\"") + "\""
                + (provision == null ? "" : ",\"provision\":\"" + provision + "\"") + "}";
        return posted(mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()).andReturn());
    }

    private long postReply(long parent, String body) throws Exception {
        return posted(mvc.perform(post(commentsPath()).with(httpBasic(email, ApiFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"" + body + "\",\"parent\":" + parent + "}"))
                .andExpect(status().isCreated()).andReturn());
    }

    private static long posted(MvcResult result) throws Exception {
        Number id = JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/comments/" + id);
        return id.longValue();
    }
}
