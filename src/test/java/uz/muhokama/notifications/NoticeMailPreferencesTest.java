package uz.muhokama.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uz.muhokama_db.Tables.APP_USER;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.Mails;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestUsers;

/** People choose which notices also come by e-mail, and every such mail can be stopped without signing in. */
@IntegrationTest
class NoticeMailPreferencesTest {

    private static final Pattern STOP_LINK = Pattern.compile("https?://\\S+/notices/stop/([A-Za-z0-9_-]+)\\?kind=(\\w+)");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    NoticeService notices;

    @Autowired
    DSLContext dsl;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    TestAccount person;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        TestUsers.Created user = new TestUsers(dsl).create("reader", "Reader");
        dsl.update(APP_USER).set(APP_USER.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(APP_USER.ID.eq(user.id())).execute();
        person = TestAccount.of(user);
    }

    @Test
    void a_kind_turned_off_still_arrives_in_the_application_but_not_by_mail() {
        as(person, () -> {
            notices.setMail(NoticeKind.DRAFT_CLOSED, false);
            return null;
        });
        notices.deliver(List.of(person.userId()), notice(NoticeKind.DRAFT_CLOSED));
        notices.deliver(List.of(person.userId()), notice(NoticeKind.DRAFT_ADOPTED));

        assertThat(as(person, () -> notices.mine(0, 10))).extracting(Notice::kind)
                .containsExactlyInAnyOrder(NoticeKind.DRAFT_CLOSED, NoticeKind.DRAFT_ADOPTED);
        assertThat(smtp.getReceivedMessagesForDomain(person.email())).hasSize(1);
        assertThat(optOuts()).containsExactly(NoticeKind.DRAFT_CLOSED);

        as(person, () -> {
            notices.setMail(NoticeKind.DRAFT_CLOSED, true);
            return null;
        });
        assertThat(optOuts()).isEmpty();
    }

    @Test
    void the_mail_offers_one_click_unsubscribe_that_stops_only_its_kind() throws Exception {
        notices.deliver(List.of(person.userId()), notice(NoticeKind.COMMENT_ANSWERED));
        MimeMessage mail = smtp.getReceivedMessagesForDomain(person.email())[0];
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = STOP_LINK.matcher(Mails.text(mail));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(link.group(2)).isEqualTo("COMMENT_ANSWERED");
        assertThat(header).contains("/mail/unsubscribe/" + token + "?kind=COMMENT_ANSWERED");

        // Opening the address (as a link scanner would) changes nothing.
        mvc.perform(get("/mail/unsubscribe/" + token).param("kind", "COMMENT_ANSWERED"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/notices/stop/" + token + "?kind=COMMENT_ANSWERED"));
        assertThat(notices.mailOptOuts(token)).contains(java.util.Set.of());

        mvc.perform(post("/mail/unsubscribe/" + token).param("kind", "COMMENT_ANSWERED")
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(notices.mailOptOuts(token)).contains(java.util.Set.of(NoticeKind.COMMENT_ANSWERED));

        notices.deliver(List.of(person.userId()), notice(NoticeKind.COMMENT_ANSWERED));
        notices.deliver(List.of(person.userId()), notice(NoticeKind.TABLE_PUBLISHED));
        assertThat(smtp.getReceivedMessagesForDomain(person.email())).hasSize(2);
    }

    @Test
    void stopping_everything_and_a_wrong_token() throws Exception {
        notices.deliver(List.of(person.userId()), notice(NoticeKind.DRAFT_VERSION_ADDED));
        Matcher link = STOP_LINK.matcher(
                Mails.text(smtp.getReceivedMessagesForDomain(person.email())[0]));
        assertThat(link.find()).isTrue();

        assertThat(notices.stopMail(link.group(1), null)).isTrue();
        assertThat(optOuts()).containsExactlyInAnyOrder(NoticeKind.values());

        mvc.perform(post("/mail/unsubscribe/" + "x".repeat(43))).andExpect(status().isNotFound());
        assertThat(notices.stopMail("short", null)).isFalse();
        assertThat(notices.mailOptOuts("y".repeat(43))).isEmpty();
    }

    private java.util.Set<NoticeKind> optOuts() {
        return as(person, notices::mailOptOuts);
    }

    private static NewNotice notice(NoticeKind kind) {
        return new NewNotice(kind, "Loyiha", "Проект", "/drafts/1", kind + "-" + UUID.randomUUID());
    }

    private static <T> T as(TestAccount person, Supplier<T> action) {
        return person.run(action, "CITIZEN");
    }
}
