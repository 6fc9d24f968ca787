package uz.muhokama.drafts.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class DraftFeedControllerTest {

    private static final Map<String, String> ATOM = Map.of("a", "http://www.w3.org/2005/Atom");
    private static final String TEXT = "1-modda. Maqsad\nUshbu Qonunning maqsadi.\n";

    @Autowired
    WebApplicationContext context;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private DraftId publish(OrganisationId agency, DraftActType type, String titleUz, boolean open) {
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(agency, type, null, titleUz, "Проект " + titleUz, "Mazmuni",
                    "Содержание"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            if (open) {
                drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(type));
            }
            return id;
        });
    }

    @Test
    void an_agencys_feed_lists_its_published_drafts_to_anyone_and_never_an_unpublished_one() throws Exception {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        DraftId published = publish(agency, DraftActType.DEPARTMENTAL_ACT, "Lenta loyihasi", true);
        publish(agency, DraftActType.DEPARTMENTAL_ACT, "Eʼlon qilinmagan loyiha", false);

        mvc.perform(get("/drafts/feed.atom").param("agency", Long.toString(agency.value())).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(xpath("/a:feed/a:entry", ATOM).nodeCount(1))
                .andExpect(xpath("/a:feed/a:entry/a:title", ATOM).string("Проект Lenta loyihasi"))
                .andExpect(xpath("/a:feed/a:entry/a:link/@href", ATOM)
                        .string(org.hamcrest.Matchers.endsWith("/drafts/" + published.value())))
                .andExpect(xpath("/a:feed/a:title", ATOM).string(org.hamcrest.Matchers.startsWith("Новые проекты: ")));
    }

    @Test
    void the_feed_of_a_type_holds_only_that_type_and_unknown_agencies_or_types_are_not_found() throws Exception {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        String title = "Prezident qarori loyihasi " + System.nanoTime();
        publish(agency, DraftActType.PRESIDENTIAL_RESOLUTION, title, true);

        mvc.perform(get("/drafts/feed.atom").param("type", "PRESIDENTIAL_RESOLUTION"))
                .andExpect(status().isOk())
                .andExpect(xpath("/a:feed/a:entry[a:title='" + title + "']", ATOM).nodeCount(1))
                .andExpect(xpath("/a:feed/a:entry[a:title='Lenta loyihasi']", ATOM).nodeCount(0));
        mvc.perform(get("/drafts/feed.atom")).andExpect(status().isOk())
                .andExpect(xpath("/a:feed/a:entry[a:title='" + title + "']", ATOM).nodeCount(1));
        mvc.perform(get("/drafts/feed.atom").param("type", "NOVEL")).andExpect(status().isNotFound());
        mvc.perform(get("/drafts/feed.atom").param("agency", "999999999")).andExpect(status().isNotFound());
    }
}
