package uz.muhokama.drafts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Base64;
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
import uz.muhokama.drafts.AttachmentKind;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class DraftAttachmentControllerTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    WebApplicationContext context;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    DraftDetails draftWithChart() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(agency, DraftActType.DEPARTMENTAL_ACT, null, "Buyruq loyihasi",
                    "Проект приказа", "Mazmuni", "Содержание"));
            drafts.addAttachment(id, drafts.find(id).orElseThrow().version(), AttachmentKind.IMPACT_ASSESSMENT,
                    "Taʼsirni baholash", new ByteArrayInputStream(PNG), "chart \"1\".png");
            return drafts.find(id).orElseThrow();
        });
    }

    @Test
    void an_attachment_of_a_published_draft_downloads_as_a_file_of_its_detected_type() throws Exception {
        DraftDetails draft = draftWithChart();
        SignedIn.asAdmin(() -> {
            drafts.setTypedText(draft.id(), drafts.find(draft.id()).orElseThrow().version(), "1-modda. Maqsad\nMatn.");
            drafts.publish(draft.id(), drafts.find(draft.id()).orElseThrow().version(),
                    drafts.defaultLastDay(DraftActType.DEPARTMENTAL_ACT));
        });
        long attachment = draft.attachments().getFirst().id();

        mvc.perform(get("/draft-files/" + attachment))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
    }

    @Test
    void an_attachment_of_an_unpublished_draft_is_not_found_for_the_public() throws Exception {
        DraftDetails draft = draftWithChart();

        mvc.perform(get("/draft-files/" + draft.attachments().getFirst().id())).andExpect(status().isNotFound());
    }

    @Test
    void a_program_is_not_accepted_as_an_attachment_and_nothing_is_attached() {
        DraftDetails draft = draftWithChart();
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';

        assertThatThrownBy(() -> SignedIn.asAdmin(() -> drafts.addAttachment(draft.id(),
                drafts.find(draft.id()).orElseThrow().version(), AttachmentKind.OTHER, "Dastur",
                new ByteArrayInputStream(exe), "izoh.docx")))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.typeNotAllowed"));
        assertThat(SignedIn.asAdmin(() -> drafts.find(draft.id()).orElseThrow().attachments())).hasSize(1);
    }
}
