package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.DRAFT_FOLLOW;
import static uz.muhokama_db.Tables.NOTICE;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.notifications.NewNotice;
import uz.muhokama.notifications.Notice;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.Mails;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestUsers;

/** People are told, in the application and by e-mail in their language, of what happens to drafts they care about. */
@IntegrationTest
class DraftNoticesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AnswerService answers;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    NoticeService notices;

    @Autowired
    DSLContext dsl;

    @Autowired
    OpenDrafts open;

    OpenDrafts.Open draft;

    @BeforeEach
    void setUp() {
        draft = open.publish();
    }

    TestAccount confirmedCitizen(String language) {
        TestAccount person = open.people.citizen();
        dsl.update(APP_USER).set(APP_USER.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(APP_USER.PREFERRED_LOCALE, language).where(APP_USER.ID.eq(person.userId())).execute();
        return person;
    }

    List<Notice> noticesOf(TestAccount person) {
        return DraftPeople.as(person, Roles.CITIZEN, () -> notices.mine(0, 50));
    }

    @Test
    void the_author_is_told_of_the_answer_by_mail_in_their_language_and_in_the_application() throws Exception {
        TestAccount author = confirmedCitizen("ru");
        CommentId proposal = DraftPeople.as(author, Roles.CITIZEN,
                () -> comments.post(NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Предлагаю уточнить срок.")));

        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.answer(proposal, Disposition.ACCEPTED, "Срок уточнён."));

        await().atMost(WAIT).until(() -> smtp.getReceivedMessagesForDomain(author.email()).length == 1);
        MimeMessage mail = smtp.getReceivedMessagesForDomain(author.email())[0];
        assertThat(mail.getSubject()).contains("Разработчик ответил на ваше предложение")
                .contains("Проект закона о труде");
        assertThat(Mails.text(mail)).contains("Разработчик ответил на ваше предложение")
                .contains("/drafts/" + draft.id().value()).contains("/notices");
        assertThat(noticesOf(author)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.COMMENT_ANSWERED);
            assertThat(n.read()).isFalse();
            assertThat(n.link()).isEqualTo("/drafts/" + draft.id().value());
        });
        assertThat(DraftPeople.as(author, Roles.CITIZEN, notices::unreadCount)).isEqualTo(1);

        long id = noticesOf(author).getFirst().id();
        DraftPeople.run(open.people.citizen(), Roles.CITIZEN, () -> notices.markRead(id));
        assertThat(DraftPeople.as(author, Roles.CITIZEN, notices::unreadCount)).as("another's click").isEqualTo(1);
        DraftPeople.run(author, Roles.CITIZEN, () -> notices.markRead(id));
        assertThat(DraftPeople.as(author, Roles.CITIZEN, notices::unreadCount)).isZero();
    }

    @Test
    void followers_and_commenters_are_told_once_of_the_closing_and_an_unconfirmed_address_gets_no_mail()
            throws Exception {
        TestAccount follower = confirmedCitizen("uz-Cyrl");
        TestAccount commenter = open.people.citizen();
        DraftPeople.run(follower, Roles.CITIZEN, () -> comments.follow(draft.id(), true));
        DraftPeople.run(commenter, Roles.CITIZEN,
                () -> comments.post(NewComment.on(draft.id(), null, "Umuman qoʻllab-quvvatlayman.")));

        open.deadlinePasses(draft.id());
        drafts.closeEnded();

        await().atMost(WAIT).until(() -> smtp.getReceivedMessagesForDomain(follower.email()).length == 1);
        assertThat(smtp.getReceivedMessagesForDomain(follower.email())[0].getSubject())
                .contains("муҳокамаси якунланди");
        await().atMost(WAIT).until(() -> noticesOf(commenter).size() == 1);
        assertThat(noticesOf(commenter).getFirst().kind()).isEqualTo(NoticeKind.DRAFT_CLOSED);
        assertThat(smtp.getReceivedMessagesForDomain(commenter.email())).isEmpty();
        assertThat(noticesOf(follower)).extracting(Notice::kind).containsExactly(NoticeKind.DRAFT_CLOSED);
    }

    @Test
    void a_follower_is_told_of_a_new_version_with_a_link_to_it() {
        TestAccount follower = open.people.citizen();
        DraftPeople.run(follower, Roles.CITIZEN, () -> comments.follow(draft.id(), true));

        int number = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR, () -> drafts.addVersion(draft.id(),
                drafts.find(draft.id()).orElseThrow().version(), null, OpenDrafts.TEXT + "Qoʻshimcha band.", null));

        await().atMost(WAIT).until(() -> noticesOf(follower).size() == 1);
        assertThat(noticesOf(follower).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.DRAFT_VERSION_ADDED);
            assertThat(n.link()).isEqualTo("/drafts/" + draft.id().value() + "?v=" + number);
        });
    }

    @Test
    void a_notice_delivered_again_reaches_nobody_twice() {
        TestAccount person = confirmedCitizen("uz-Latn");
        NewNotice notice = new NewNotice(NoticeKind.DRAFT_ADOPTED, "Loyiha", "Проект", "/drafts/1",
                "test:" + System.nanoTime());

        assertThat(notices.deliver(List.of(person.userId()), notice)).isEqualTo(1);
        assertThat(notices.deliver(List.of(person.userId()), notice)).isZero();

        assertThat(noticesOf(person)).hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(person.email())).hasSize(1);
    }

    @Test
    void more_followers_than_one_batch_all_get_the_table_notice() {
        TestUsers users = new TestUsers(dsl);
        int followers = NoticeService.BATCH + 37;
        for (int i = 0; i < followers; i++) {
            dsl.insertInto(DRAFT_FOLLOW).set(DRAFT_FOLLOW.DRAFT_ID, draft.id().value())
                    .set(DRAFT_FOLLOW.USER_ID, users.create("follower", "Follower").id())
                    .set(DRAFT_FOLLOW.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
        open.deadlinePasses(draft.id());
        drafts.closeEnded();
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.publishTable(draft.id(), drafts.find(draft.id()).orElseThrow().version()));

        String link = "/drafts/" + draft.id().value() + "/table";
        await().atMost(WAIT).until(() -> dsl.fetchCount(NOTICE, NOTICE.LINK.eq(link)) == followers);
    }
}
