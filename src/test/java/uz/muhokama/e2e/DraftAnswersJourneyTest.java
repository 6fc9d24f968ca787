package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.Mails;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestOrganisations;

/**
 * An agency's side of a public discussion in a real browser: the editor makes drafts from a Word file and from a
 * lex.uz export and publishes them; after the deadline answers every proposal and publishes the consolidated table,
 * which anyone can read and download; the citizen who made a proposal gets the answer by e-mail and in the bell.
 */
class DraftAnswersJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Muharrir-parol-2026!";
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private DraftService drafts;

    @Autowired
    private CommentService comments;

    @Test
    void an_editor_makes_drafts_from_a_word_file_and_a_lex_uz_export_checks_their_structure_and_publishes_them()
            throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        TestAccount editor = editorOfNewMinistry(unique);
        Path docx = Files.createTempFile("draft-journey", ".docx");
        writeDocx(docx);

        signIn(editor.email(), PASSWORD);
        long fromDocx = createAndPublish("ID-E2E-" + unique + "-D", "Ijtimoiy xizmatlar toʻgʻrisidagi qonun loyihasi",
                docx, "docx");
        assertThat(browser.byId("draft-text").getText()).contains("Ijtimoiy xizmatlarning maqsadi")
                .contains("Xizmatlardan foydalanish huquqi");

        long fromLexUz = createAndPublish("ID-E2E-" + unique + "-L", "Mehnat kodeksi loyihasi (rus tilida)",
                CORPUS.resolve("labour-code-2022.ru.lexuz.doc"), "lexuz");
        assertThat(browser.byId("draft-text").getAttribute("textContent")).contains("Статья 13.");
        assertThat(fromLexUz).isNotEqualTo(fromDocx);
    }

    @Test
    void after_the_deadline_the_editor_answers_every_proposal_publishes_the_table_and_the_citizen_is_told()
            throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        TestAccount editor = editorOfNewMinistry(unique);
        TestAccount citizen = person("e2e-fuqaro-" + unique + "@example.uz", "Fuqaro " + unique, Roles.CITIZEN);
        DraftId draft = as(editor, Roles.AGENCY_EDITOR, () -> openDraft(unique));
        List<CommentId> proposals = as(citizen, Roles.CITIZEN, () -> List.of(
                comments.post(new NewComment(draft, "chp_2__art_3", null,
                        "Kuchga kirish muddatini uch oyga koʻchirish taklif etiladi.",
                        "Ushbu Qonun rasmiy eʼlon qilingan kundan boshlab uch oy oʻtgach kuchga kiradi.", null)),
                comments.post(NewComment.on(draft, null,
                        "Проект в целом поддерживаю, но нужен переходный период."))));
        deadlinePasses(draft);

        signIn(editor.email(), PASSWORD);
        browser.open("drafts/" + draft.value() + "/answers");
        assertThat(browser.byId("answer-progress").getAttribute("textContent")).isEqualTo(
                Messages.uzLatn("drafts.answers.progress").replace("{1}", "2").replace("{0}", "0"));
        browser.screenshots("answers-before");
        answer(proposals.get(0), "drafts.answers.disposition.PARTLY_ACCEPTED",
                "Muddat ikki oyga uzaytirildi: uch oy juda uzoq, deb hisoblaymiz.");
        press("answer-publish-table");
        press(confirmButton());
        String refusal = Messages.uzLatn("drafts.table.error.unanswered").replace("{0}", "1");
        waitUntil(() -> browser.driver().findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(refusal)));
        browser.screenshots("table-refused");
        answer(proposals.get(1), "drafts.answers.disposition.NOTED", "Oʻtish davri 5-moddada nazarda tutildi.");
        assertThat(browser.byId("answer-progress").getAttribute("textContent")).isEqualTo(
                Messages.uzLatn("drafts.answers.progress").replace("{1}", "2").replace("{0}", "2"));
        browser.screenshots("answers-done");
        press("answer-publish-table");
        press(confirmButton());
        assertThat(browser.waitForPath("/drafts/" + draft.value() + "/table"))
                .isEqualTo("/drafts/" + draft.value() + "/table");

        browser.forgetVisitor();
        browser.open("drafts/" + draft.value() + "/table");
        assertThat(browser.heading()).isEqualTo(Messages.uzLatn("drafts.table.title"));
        assertThat(browser.byId("table-rows").getText()).contains("Проект в целом поддерживаю")
                .contains("3-modda. Kuchga kirishi").contains("Muddat ikki oyga uzaytirildi")
                .contains(Messages.uzLatn("drafts.answers.disposition.PARTLY_ACCEPTED"));
        browser.screenshots("table");
        for (String format : List.of("csv", "xlsx", "pdf")) {
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(browser.byId("table-download-" + format).getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(format).isEqualTo(200);
            assertThat(file.body().length).as(format).isGreaterThan(100);
        }

        MimeMessage mail = awaitMail(citizen.email());
        assertThat(mail.getSubject()).contains("Oʻtish davri qonuni loyihasi " + unique);
        assertThat(Mails.text(mail)).contains(baseUrl() + "/drafts/" + draft.value());
        signIn(citizen.email(), PASSWORD);
        assertThat(browser.bySelector("#notices-bell .app-bell-count").getText()).isNotBlank();
        browser.screenshots("citizen-bell");
        browser.click("notices-bell");
        assertThat(browser.waitForPath("/notices")).isEqualTo("/notices");
        assertThat(browser.byId("notices-list").getText()).contains("Oʻtish davri qonuni loyihasi " + unique);
        browser.screenshots("citizen-notices");
    }

    private long createAndPublish(String number, String title, Path file, String shot) {
        browser.open("drafts/new");
        browser.setValue("draft-number", number);
        browser.setValue("draft-title-uz", title);
        browser.setValue("draft-title-ru", "Проект: " + title);
        browser.setValue("draft-summary-uz", "Loyiha haqida qisqacha: " + title + ".");
        browser.setValue("draft-summary-ru", "Кратко о проекте: " + title + ".");
        browser.click("draft-save");
        waitUntil(() -> browser.path().endsWith("/edit"));
        long id = Long.parseLong(browser.path().replaceAll("\\D+", " ").trim().split(" ")[0]);
        browser.byId("draft-text-upload");
        fileInput().sendKeys(file.toAbsolutePath().normalize().toString());
        browser.byId("draft-text-structure");
        browser.waitForVaadin();
        scrollTo("draft-text-structure");
        browser.screenshots(shot + "-structure");
        press("draft-text-confirm");
        browser.byId("draft-publish");
        scrollTo("draft-publish");
        browser.screenshots(shot + "-ready");
        press("draft-publish");
        assertThat(browser.waitForPath("/drafts/" + id)).isEqualTo("/drafts/" + id);
        browser.byId("draft-text");
        browser.screenshots(shot + "-published");
        return id;
    }

    private void answer(CommentId proposal, String dispositionKey, String reason) {
        long id = proposal.value();
        scrollTo("answer-card-" + id);
        WebElement option = browser.driver().findElements(By.cssSelector("#answer-disposition-" + id
                        + " vaadin-radio-button")).stream()
                .filter(o -> o.getText().trim().equals(Messages.uzLatn(dispositionKey))).findFirst().orElseThrow();
        option.findElement(By.cssSelector("label")).click();
        browser.waitForVaadin();
        browser.setValue("answer-reason-" + id, reason);
        press("answer-save-" + id);
        waitUntil(() -> browser.byId("answer-card-" + id).getText()
                .contains(Messages.uzLatn("drafts.answers.answered")));
    }

    private String confirmButton() {
        WebElement button = browser.bySelector("vaadin-confirm-dialog [slot='confirm-button'], "
                + "vaadin-confirm-dialog-overlay [slot='confirm-button']");
        browser.driver().executeScript("arguments[0].id = 'answer-publish-confirm';", button);
        return "answer-publish-confirm";
    }

    private WebElement fileInput() {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#draft-text-upload input[type=file]"));
        return inputs.isEmpty() ? browser.bySelector("input[type=file]") : inputs.getFirst();
    }

    /** Clicks a button in the middle of the screen, where neither the header nor a notification covers it. */
    private void press(String id) {
        WebElement element = browser.byId(id);
        scrollTo(id);
        browser.driver().executeScript("arguments[0].click();", element);
        browser.waitForVaadin();
    }

    private void scrollTo(String id) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.byId(id));
    }

    private DraftId openDraft(String unique) {
        OrganisationId organisation = drafts.organisationsForEditor().getFirst().id();
        DraftId id = drafts.create(new DraftFields(organisation, DraftActType.LAW,
                "ID-E2E-" + unique, "Oʻtish davri qonuni loyihasi " + unique, "Проект закона о переходном периоде",
                "Loyiha oʻtish davrini belgilaydi.", "Проект устанавливает переходный период."));
        drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), """
                1-bob. Umumiy qoidalar
                1-modda. Maqsad
                Ushbu Qonunning maqsadi oʻtish davrini tartibga solishdir.
                2-modda. Asosiy tushunchalar
                Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
                2-bob. Yakuniy qoidalar
                3-modda. Kuchga kirishi
                Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
                """);
        drafts.publish(id, drafts.find(id).orElseThrow().version(),
                drafts.defaultLastDay(DraftActType.LAW));
        return id;
    }

    /** The period ran out and the closing job ran. */
    private void deadlinePasses(DraftId draft) {
        Instant now = Instant.now();
        jdbc.update("update draft set discussion_start = ?, discussion_end = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(16))), Timestamp.from(now.minusSeconds(1)), draft.value());
        drafts.closeEnded();
    }

    private static void writeDocx(Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : List.of("1-bob. Umumiy qoidalar", "1-modda. Ijtimoiy xizmatlarning maqsadi",
                    "Ijtimoiy xizmatlar aholining ehtiyojmand qatlamlarini qoʻllab-quvvatlashga qaratilgan.",
                    "2-modda. Xizmatlardan foydalanish huquqi",
                    "Har bir fuqaro ijtimoiy xizmatlardan teng foydalanish huquqiga ega.",
                    "2-bob. Yakuniy qoidalar", "3-modda. Kuchga kirishi",
                    "Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
    }


    private TestAccount editorOfNewMinistry(String unique) {
        TestAccount editor = person("e2e-muharrir-" + unique + "@example.uz", "Muharrir " + unique, Roles.AGENCY_EDITOR);
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        asAdmin(() -> {
            memberships.addMember(ministry, editor.email());
            return null;
        });
        return editor;
    }

    private TestAccount person(String email, String name, String role) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, name, "e2e-" + email.substring(0, email.indexOf('@')), now, now);
        return new TestAccount(jdbc.queryForObject("select id from app_user where email = ?", Long.class, email), email,
                name);
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return as(new TestAccount(0, "e2e-admin", "Admin"), Roles.ADMIN, action);
    }

    private static <T> T as(TestAccount person, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static MimeMessage awaitMail(String email) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = MAIL.getReceivedMessagesForDomain(email);
            if (received.length > 0) {
                return received[0];
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + email);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + WAIT);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
