package uz.muhokama.drafts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.hamcrest.Matchers;
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
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;

/** The download of a comment's attachment ({@code /draft-comment-files/{id}}), open to anyone, never for hidden ones. */
@IntegrationTest
class CommentAttachmentDownloadTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    WebApplicationContext context;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    CommentId comment;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        OpenDrafts open = new OpenDrafts(drafts, dsl, organisations, memberships);
        OpenDrafts.Open draft = open.publish();
        comment = DraftPeople.as(open.people.citizen(), Roles.CITIZEN, () -> comments.post(new NewComment(draft.id(),
                null, null, "Chizma ilova qilindi.", null,
                new NewComment.Upload(new ByteArrayInputStream(PNG), "chizma.png"))));
    }

    @Test
    void anyone_downloads_the_attachment_of_a_comment_as_a_file() throws Exception {
        mvc.perform(get("/draft-comment-files/" + comment.value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
    }

    @Test
    void the_attachment_of_a_hidden_comment_is_not_served() throws Exception {
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.HIDDEN_REASON, "Reklama")
                .set(DRAFT_COMMENT.HIDDEN_AT, Instant.now().atOffset(ZoneOffset.UTC))
                .where(DRAFT_COMMENT.ID.eq(comment.value())).execute();

        mvc.perform(get("/draft-comment-files/" + comment.value())).andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_comment_has_no_attachment() throws Exception {
        mvc.perform(get("/draft-comment-files/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
    }
}
