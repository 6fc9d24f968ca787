package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.TestImages;
import uz.muhokama.support.TestAccount;

/**
 * Issue 5's journeys on a phone (390 px): a resident reports with two photos, one carrying GPS that is gone from what
 * is served; a neighbour reporting the same near it is offered the existing report; staff acknowledge and fix with an
 * after photo; the reporter disputes, the report reopens and the organisation is told; a follower gets the e-mails.
 */
class ProblemReportJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Muhokama-sinov-2026!";
    /** The GPS in the first photo: inside the test utility's square, a little off its centre. */
    private static final double PHOTO_LAT = ProblemPeople.LAT + 0.001;
    private static final double PHOTO_LON = ProblemPeople.LON + 0.001;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DSLContext dsl;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private ProblemSetupService setup;

    @Autowired
    private ProblemService problems;

    @Test
    void a_resident_reports_with_two_photos_the_gps_is_gone_from_what_is_served_and_a_neighbour_is_offered_it()
            throws Exception {
        ProblemPeople people = new ProblemPeople(dsl, organisations, memberships, setup);
        String category = people.category(CategoryGroup.WATER);
        people.utility(category);
        String reporter = signInAble(people.citizen().email());

        signIn(reporter, PASSWORD);
        browser.phone();
        browser.open("problems/new");
        browser.phone();
        browser.tap("problems-category-" + category);
        browser.fill("problems-lat", "41.3105");
        browser.fill("problems-lon", "69.2790");
        browser.phoneScreenshots("a-1-place");
        browser.tap("problems-next");
        browser.fill("problems-title", "Hovlida quvur yorildi");
        browser.fill("problems-description", "Uy oldidagi hovlida suv quvuri yorilib, suv oqib yotibdi.");
        browser.tap("problems-next");
        upload("problems-photo-upload", "with-gps.jpg", TestImages.jpegWithExif(1200, 900, 1, PHOTO_LAT, PHOTO_LON));
        waitForRows("problems-photo-list", 1);
        upload("problems-photo-upload", "plain.png", TestImages.png(800, 600));
        waitForRows("problems-photo-list", 2);
        assertThat(browser.byId("problems-photo-list").findElements(
                org.openqa.selenium.By.cssSelector(".problem-photo-row"))).hasSize(2);
        browser.phoneScreenshots("a-2-two-photos");
        browser.tap("problems-use-photo-location");
        browser.tap("problems-next");
        assertThat(browser.byId("problems-receiver").getText()).contains(
                Messages.uzLatn("problems.wizard.toOrganisation").replace("{0}", "").strip());
        assertThat(browser.byId("problems-wizard-step").getText())
                .contains(String.format(Locale.ROOT, "%.5f, %.5f", PHOTO_LAT, PHOTO_LON));
        browser.phoneScreenshots("a-3-review");
        browser.tap("problems-submit");

        long report = reportNumberOnPage();
        assertThat(browser.byId("problem-title").getText()).isEqualTo("Hovlida quvur yorildi");
        List<Long> photos = jdbc.queryForList("select id from problem_photo where report_id = ? order by position",
                Long.class, report);
        assertThat(photos).hasSize(2);
        for (long photo : photos) {
            browser.byId("problem-photo-" + photo);
            assertNoMetadata(get("/problem-photos/" + photo));
            assertNoMetadata(get("/problem-photos/" + photo + "/medium"));
            assertNoMetadata(get("/problem-photos/" + photo + "/thumbnail"));
        }
        browser.phoneScreenshots("a-4-report-page");

        browser.forgetVisitor();
        String neighbour = signInAble(people.citizen().email());
        signIn(neighbour, PASSWORD);
        browser.phone();
        browser.open("problems/new");
        browser.phone();
        browser.tap("problems-category-" + category);
        browser.fill("problems-lat", String.valueOf(PHOTO_LAT + 0.0004));
        browser.fill("problems-lon", String.valueOf(PHOTO_LON));
        browser.tap("problems-next");
        browser.fill("problems-title", "Koʻchada suv oqyapti");
        browser.fill("problems-description", "Quvurdan suv oqib, koʻchaga chiqyapti.");
        browser.tap("problems-next");
        browser.tap("problems-next");
        WebElement duplicates = browser.byId("problems-duplicates");
        assertThat(duplicates.getText()).contains("Hovlida quvur yorildi");
        browser.phoneScreenshots("a-5-duplicate-suggested");
        browser.tap("problems-metoo-" + report);
        assertThat(reportNumberOnPage()).isEqualTo(report);
        assertThat(jdbc.queryForObject("select count(*) from problem_report where category_id = "
                + "(select id from problem_category where code = ?)", Integer.class, category)).isEqualTo(1);
        browser.phoneScreenshots("a-6-me-too");
    }

    @Test
    void staff_fix_with_an_after_photo_the_reporter_disputes_the_report_reopens_and_follower_and_utility_are_told()
            throws Exception {
        ProblemPeople people = new ProblemPeople(dsl, organisations, memberships, setup);
        String category = people.category(CategoryGroup.POWER);
        ProblemPeople.Utility utility = people.utility(category);
        TestAccount reporter = people.citizen();
        TestAccount follower = people.citizen();
        ReportId report = ProblemPeople.asCitizen(reporter, () -> problems.report(new NewReport(category,
                ProblemPeople.LAT, ProblemPeople.LON, "Navoiy koʻchasi 12", "Koʻcha chirogʻi yonmayapti",
                "Uch kundan beri koʻcha chirogʻi yonmayapti, kechasi qorongʻi.", false, Map.of()), List.of()));
        String title = "Koʻcha chirogʻi yonmayapti";

        signIn(signInAble(follower.email()), PASSWORD);
        browser.phone();
        browser.open("problems/" + report.value());
        browser.phone();
        browser.tap("problem-follow");
        browser.phoneScreenshots("b-1-following");

        browser.forgetVisitor();
        signIn(signInAble(utility.staff().email()), PASSWORD);
        browser.phone();
        browser.open("problems/" + report.value());
        browser.phone();
        browser.tap("problem-acknowledge");
        assertThat(browser.byId("problem-status").getText()).isEqualTo(Messages.uzLatn("problems.status.ACKNOWLEDGED"));
        browser.phoneScreenshots("b-2-acknowledged");
        String acknowledged = textOf(awaitMessageTo(follower.email(), title, 1));
        assertThat(acknowledged).contains(Messages.uzLatn("problems.status.ACKNOWLEDGED"));

        browser.reach("problem-status-select");
        browser.select("problem-status-select", Messages.uzLatn("problems.status.FIXED"));
        browser.fill("problem-note", "Chiroq almashtirildi, ustun tekshirildi.");
        upload("problem-staff-photos", "after.jpg", TestImages.jpeg(1000, 750));
        browser.bySelector("#problem-staff-photo-count");
        waitForText("problem-staff-photo-count", "1");
        browser.phoneScreenshots("b-3-fixing-with-after-photo");
        browser.tap("problem-status-save");
        waitForText("problem-status", Messages.uzLatn("problems.status.FIXED"));
        assertThat(jdbc.queryForObject("select count(*) from problem_photo p join problem_update u on u.id = "
                + "p.update_id where p.report_id = ? and u.status = 'FIXED'", Integer.class, report.value()))
                .isEqualTo(1);
        browser.phoneScreenshots("b-4-fixed");
        String fixed = textOf(awaitMessageTo(follower.email(), Messages.uzLatn("problems.status.FIXED"), 1));
        assertThat(fixed).contains("Chiroq almashtirildi");

        browser.forgetVisitor();
        signIn(signInAble(reporter.email()), PASSWORD);
        browser.phone();
        browser.open("problems/" + report.value());
        browser.phone();
        browser.fill("problem-dispute-note", "Chiroq yana oʻchib qoldi, kechasi yonmayapti.");
        browser.phoneScreenshots("b-5-disputing");
        browser.tap("problem-dispute");
        waitForText("problem-status", Messages.uzLatn("problems.status.REOPENED"));
        browser.phoneScreenshots("b-6-reopened");

        String notice = textOf(awaitMessageTo("notices-" + utility.id().value() + "@utility.test", title, 1));
        assertThat(notice).contains("Chiroq yana oʻchib qoldi");
        assertThat(textOf(awaitMessageTo(follower.email(), Messages.uzLatn("problems.status.REOPENED"), 1)))
                .contains(title);
    }

    /** Gives an account made by the test fixtures a password and a confirmed address; returns its e-mail. */
    private String signInAble(String email) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("update app_user set password_hash = ?, email_confirmed_at = ? where email = ?",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD), now, email);
        return email;
    }

    private long reportNumberOnPage() {
        browser.byId("problem-title");
        String path = browser.path();
        assertThat(path).matches("/problems/[0-9]+");
        return Long.parseLong(path.substring("/problems/".length()));
    }

    /**
     * Chooses a file in a Vaadin upload, as a person picks one from the phone's gallery. The input is emptied first:
     * Chromium adds to the files already chosen in it, which would send the earlier ones again.
     */
    private void upload(String uploadId, String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("muhokama-e2e-upload").resolve(name);
        Files.write(file, content);
        browser.reach(uploadId);
        WebElement input = (WebElement) browser.driver().executeScript("""
                const upload = arguments[0];
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.value = '';
                return input;
                """, browser.byId(uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitForVaadin();
    }

    private void waitForRows(String listId, int rows) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (browser.byId(listId).findElements(org.openqa.selenium.By.cssSelector(".problem-photo-row")).size()
                < rows) {
            assertThat(System.nanoTime()).as("%d photo(s) in #%s", rows, listId).isLessThan(deadline);
            pause();
        }
    }

    private void waitForText(String id, String text) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!browser.byId(id).getText().contains(text)) {
            assertThat(System.nanoTime()).as("#%s to read %s, reads %s", id, text, browser.byId(id).getText())
                    .isLessThan(deadline);
            pause();
        }
    }

    private byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        return response.body();
    }

    private static void assertNoMetadata(byte[] jpeg) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif\0\0");
    }

    private static MimeMessage awaitMessageTo(String email, String subjectPart, int count)
            throws MessagingException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> matching = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> sentTo(m, email) && subjectContains(m, subjectPart)).toList();
            if (matching.size() >= count) {
                return matching.get(count - 1);
            }
            MAIL.waitForIncomingEmail(1_000, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + email + " about " + subjectPart + " within 30 s");
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(email));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static boolean subjectContains(MimeMessage message, String part) {
        try {
            return (message.getSubject() + "\n" + textOf(message)).contains(part);
        } catch (MessagingException | IOException e) {
            return false;
        }
    }

    /** The readable text of a message: all text parts, one after another. */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return "";
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
