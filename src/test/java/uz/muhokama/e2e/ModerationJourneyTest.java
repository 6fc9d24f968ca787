package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.ReportedComments;

/** A moderator works the queue of reported comments; the public sees the reason instead of the hidden comment. */
class ModerationJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Moderator-parol-2026!";
    private static final String CAMPAIGN = "Loyihaning 3-moddasi kichik biznes uchun ortiqcha hisobot talab qiladi; "
            + "uni chiqarib tashlashni va amaldagi tartibni saqlab qolishni soʻraymiz.";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DraftService drafts;

    @Autowired
    private CommentService comments;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private DSLContext dsl;

    @Test
    void a_moderator_hides_a_reported_comment_and_the_public_sees_the_reason() {
        String unique = Long.toString(System.nanoTime(), 36);
        ReportedComments draft = new ReportedComments(drafts, comments, dsl, organisations, memberships);
        CommentId insult = draft.reportedOnTheWholeDraft("Bu loyihani yozganlar ahmoq " + unique,
                "Haqorat", "Shaxsga tegishli soʻzlar");
        CommentId sharp = draft.reported("Modda juda yomon yozilgan, qaytadan yozing " + unique, "Yoqmadi");
        for (int i = 0; i < 5; i++) {
            draft.reported(CAMPAIGN);
        }
        String email = "e2e-moderator-" + unique + "@example.uz";
        long moderator = confirmedPerson(email, "Moderator " + unique);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'MODERATOR', ?)", moderator,
                now());

        signIn(email, PASSWORD);
        browser.open("moderation");
        browser.byId("moderation-item-" + insult.value());
        browser.screenshots("queue");

        browser.click("moderation-hide-" + insult.value());
        browser.setValue("moderation-reason", "Haqoratli soʻzlar " + unique);
        browser.screenshots("hide-dialog");
        browser.click("moderation-confirm");
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.exists("moderation-item-" + insult.value()));
        browser.click("moderation-dismiss-" + sharp.value());
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.exists("moderation-item-" + sharp.value()));
        browser.click("moderation-tab-hidden");
        browser.byId("moderation-restore-" + insult.value());
        browser.screenshots("hidden-tab");

        browser.open("drafts/" + draft.draft().value() + "/statistics");
        browser.byId("stats-chart-days");
        browser.click("stats-regroup");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.byId("stats-proposals").getText().equals("3"));
        browser.screenshots("statistics");
        browser.open("drafts/statistics?agency=" + draft.agency().value());
        browser.byId("stats-chart-drafts");
        browser.screenshots("agency-statistics");

        browser.forgetVisitor();
        browser.open("drafts/" + draft.draft().value());
        String publicNotice = "Haqoratli soʻzlar " + unique;
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.bySelector("body").getText().contains(publicNotice));
        assertThat(browser.bySelector("body").getText()).doesNotContain("ahmoq " + unique);
        browser.screenshots("public");
    }

    private long confirmedPerson(String email, String name) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, name, "e2e-" + email.substring(0, email.indexOf('@')), now(), now());
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
