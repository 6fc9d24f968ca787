package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.AsAdmin;
import uz.muhokama.support.TestOrganisations;

/**
 * Commenting on a draft in a real browser: a citizen on a phone comments on article 3 with a new wording; a page left
 * open past the deadline is refused in the reader's language; a new version with renumbered articles keeps the old
 * comment on its article, marked with the version it was written on.
 */
class DraftCommentsJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Fuqaro-parol-2026!";
    private static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Asosiy tushunchalar
            Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
            2-bob. Yakuniy qoidalar
            3-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;
    /** The text with a new article 2: the old articles 2 and 3 are now 3 and 4. */
    private static final String RENUMBERED = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Qoʻllanish sohasi
            Ushbu Qonun barcha ish beruvchilar va xodimlarga nisbatan qoʻllaniladi.
            3-modda. Asosiy tushunchalar
            Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
            2-bob. Yakuniy qoidalar
            4-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;
    private static final String ARTICLE_3 = "chp_2__art_3";
    private static final String WORDING =
            "Ushbu Qonun rasmiy eʼlon qilingan kundan keyin uch oy oʻtgach kuchga kiradi.";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DraftService drafts;

    @Autowired
    private OrganisationService organisations;

    @Test
    void a_citizen_on_a_phone_taps_article_3_and_proposes_a_new_wording_shown_as_a_difference() {
        DraftId draft = published();
        String email = person("phone");
        browser.open("drafts/" + draft.value());
        browser.phone();
        browser.click("comment-sign-in");
        browser.waitForPath("/sign-in");
        browser.typeInto("input[name=username]", email);
        browser.typeAndSubmit("input[name=password]", PASSWORD);
        assertThat(browser.waitForPath("/drafts/" + draft.value())).as("back on the draft after signing in")
                .endsWith("/drafts/" + draft.value());
        browser.byId("user-menu");
        browser.phone();
        WebElement button = browser.byId("comment-open-" + ARTICLE_3);
        assertThat(button.getSize().getHeight()).as("tap target").isGreaterThanOrEqualTo(44);
        assertThat(button.getSize().getWidth()).isLessThanOrEqualTo(390);
        browser.tap("comment-open-" + ARTICLE_3);
        browser.byId("comment-sheet-form-body");
        browser.fill("comment-sheet-form-body", "Kuchga kirish muddati juda qisqa, korxonalar tayyorlanishga ulgurmaydi.");
        browser.tap("comment-sheet-form-propose");
        browser.fill("comment-sheet-form-wording", WORDING);
        browser.phoneScreenshots("a-1-writing");
        browser.tap("comment-sheet-form-send");

        WebElement diff = browser.bySelector("#comment-sheet [id$='-wording'] .comment-diff");
        assertThat(diff.getAttribute("innerHTML"))
                .contains("<del>eʼtiboran</del>", "<ins>keyin uch oy oʻtgach</ins>");
        assertThat(browser.byId("comment-sheet-list-count").getText()).contains("1");
        browser.phoneScreenshots("a-2-posted");
        browser.tap("comment-sheet-close");
        assertThat(browser.byId("comment-open-" + ARTICLE_3).getText()).contains("1");
        browser.reach("comment-open-" + ARTICLE_3);
        browser.screenshots("a-3-article-count");
    }

    @Test
    void a_comment_sent_from_a_page_left_open_past_the_deadline_is_refused_in_uzbek_and_nothing_is_stored() {
        DraftId draft = published();
        String email = person("late");
        signIn(email, PASSWORD);
        browser.open("drafts/" + draft.value());
        browser.fill("comment-form-body", "Bu izoh muddat oʻtgach yuborilmoqda.");
        browser.screenshots("b-1-open-before-deadline");
        jdbc.update("update draft set discussion_start = ?, discussion_end = ? where id = ?", now().minusDays(16),
                now().minusSeconds(1), draft.value());

        browser.tap("comment-form-send");

        WebElement notice = browser.bySelector("vaadin-notification-card");
        assertThat(notice.getText()).contains(Messages.uzLatn("drafts.comment.error.closed"));
        assertThat(browser.driver().executeScript("return arguments[0].value;", browser.byId("comment-form-body")))
                .isEqualTo("Bu izoh muddat oʻtgach yuborilmoqda.");
        assertThat(jdbc.queryForObject("select count(*) from draft_comment where draft_id = ?", Integer.class,
                draft.value())).isZero();
        browser.reach("comment-form-body");
        browser.screenshots("b-2-refused");
    }

    @Test
    void after_a_new_version_renumbers_the_articles_the_old_comment_shows_on_its_article_marked_with_its_version() {
        DraftId draft = published();
        signIn(person("before"), PASSWORD);
        browser.open("drafts/" + draft.value());
        browser.tap("comment-open-" + ARTICLE_3);
        browser.fill("comment-sheet-form-body", "Oʻtish davri kerak.");
        browser.tap("comment-sheet-form-send");
        browser.bySelector("#comment-sheet .comment");
        browser.screenshots("c-1-comment-on-version-1");

        browser.forgetVisitor();
        String editor = person("editor");
        jdbc.update("insert into user_role (user_id, role, granted_at) values "
                + "((select id from app_user where email = ?), 'ADMIN', ?)", editor, now());
        signIn(editor, PASSWORD);
        browser.open("drafts/" + draft.value() + "/edit");
        browser.fill("draft-text-typed", RENUMBERED);
        browser.tap("draft-text-preview");
        browser.fill("draft-version-note", "Qoʻllanish sohasi qoʻshildi");
        browser.screenshots("c-2-new-version-preview");
        browser.tap("draft-text-confirm");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (jdbc.queryForObject("select count(*) from draft_version where draft_id = ?", Integer.class,
                draft.value()) < 2 && System.nanoTime() < deadline) {
            pause();
        }

        browser.forgetVisitor();
        browser.open("drafts/" + draft.value());
        assertThat(browser.byId("comment-open-chp_2__art_4").getText()).contains("1");
        assertThat(browser.byId("comment-open-chp_1__art_2").getText()).contains("0");
        browser.tap("comment-open-chp_2__art_4");
        WebElement comment = browser.bySelector("#comment-sheet .comment");
        assertThat(comment.getText()).contains("Oʻtish davri kerak.")
                .contains(Messages.uzLatn("drafts.comments.writtenOn").replace("{0}", "1"));
        browser.screenshots("c-3-old-comment-on-renumbered-article");

        browser.open("drafts/" + draft.value() + "?v=2&compare=1");
        WebElement diff = browser.byId("draft-diff");
        assertThat(diff.getAttribute("innerHTML")).contains("<ins>");
        assertThat(diff.getText()).contains("barcha ish beruvchilar")
                .contains(Messages.uzLatn("drafts.comments.renumbered").replace("{0}", "3-modda."));
        browser.screenshots("c-4-version-diff");
    }

    private DraftId published() {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        return AsAdmin.run(() -> {
            DraftId id = drafts.create(new DraftFields(ministry, DraftActType.LAW, null,
                    "Mehnat munosabatlari toʻgʻrisidagi qonun loyihasi", "Проект закона о трудовых отношениях",
                    "Loyiha mehnat munosabatlarini tartibga soladi.", "Проект регулирует трудовые отношения."));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
            return id;
        });
    }

    /** A confirmed account; returns its e-mail. */
    private String person(String prefix) {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "e2e-comment-" + prefix + "-" + unique + "@example.uz";
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, "Fuqaro " + unique, "e2e-" + prefix + "-" + unique, now(), now());
        return email;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
