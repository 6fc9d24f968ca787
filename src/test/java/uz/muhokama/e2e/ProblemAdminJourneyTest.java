package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.support.TestOrganisations;

/**
 * An administrator sets up problem reports in a real browser: a new category with a list question, then a utility's
 * service area from an uploaded GeoJSON file handling that category; a reporter's place inside it is then routed to
 * the utility.
 */
class ProblemAdminJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Admin-parol-2026!";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DSLContext dsl;

    @Autowired
    private OrganisationService organisations;

    @Test
    void an_administrator_adds_a_category_and_a_service_area_from_a_geojson_file() throws IOException {
        String unique = Long.toString(System.nanoTime(), 36);
        String admin = "e2e-padmin-" + unique + "@example.uz";
        long adminId = confirmedPerson(admin);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", adminId, now());
        OrganisationId utility = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        String utilityCode = organisations.find(utility).orElseThrow().code();
        String code = "lift-" + unique;

        signIn(admin, PASSWORD);
        browser.open("admin/problem-categories");
        browser.screenshots("categories");
        browser.click("problem-category-new");
        browser.fill("problem-category-code", code);
        browser.select("problem-category-group", Messages.uzLatn("problems.group.lifts"));
        browser.fill("problem-category-name-uz-latn", "Lift ishlamayapti " + unique);
        browser.fill("problem-category-name-uz-cyrl", "Лифт ишламаяпти " + unique);
        browser.fill("problem-category-name-ru", "Лифт не работает " + unique);
        browser.fill("problem-category-name-en", "Lift out of order " + unique);
        browser.fill("problem-category-deadline", "5");
        browser.click("problem-question-add");
        browser.fill("problem-question-0-code", "floor");
        browser.select("problem-question-0-type", Messages.uzLatn("problems.admin.question.type.singlevaluelist"));
        browser.fill("problem-question-0-uz-latn", "Qaysi qavatda?");
        browser.fill("problem-question-0-uz-cyrl", "Қайси қаватда?");
        browser.fill("problem-question-0-ru", "На каком этаже?");
        browser.fill("problem-question-0-en", "Which floor?");
        browser.screenshots("category-form-without-choices");
        browser.click("problem-category-save");
        WebElement refusal = browser.bySelector("vaadin-notification-card");
        assertThat(refusal.getText()).contains(Messages.uzLatn("problems.admin.error.questionValues"));
        assertThat(jdbc.queryForObject("select count(*) from problem_category where code = ?", Integer.class, code))
                .isZero();

        browser.fill("problem-question-0-values", "ground=Birinchi qavat\nupper=Yuqori qavatlar");
        browser.click("problem-category-save");
        assertThat(browser.waitForGridCell("problem-categories-grid", "Lift ishlamayapti " + unique)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from problem_category_attribute a join problem_category c "
                + "on c.id = a.category_id where c.code = ?", Integer.class, code)).isEqualTo(1);
        browser.screenshots("category-added");

        browser.open("admin/service-areas");
        browser.pick("area-organisation", utilityCode);
        browser.fill("area-name", "Chilonzor liftlari");
        typeNew("area-district", "Chilonzor " + unique);
        selectRadio("area-source", Messages.uzLatn("problems.admin.areas.source.file"));
        upload("area-geojson-upload", "chilonzor.geojson", square(69.20, 41.28, 0.01));
        waitForText("area-geojson-name", "chilonzor.geojson");
        browser.pickMany("area-categories", "Lift ishlamayapti " + unique);
        browser.screenshots("area-form");
        browser.click("area-add");
        assertThat(browser.waitForGridCell("service-areas-grid", "Chilonzor liftlari")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from problem_service_area where organisation_id = ?",
                Integer.class, utility.value())).isEqualTo(1);
        browser.screenshots("area-added");
    }

    /** Types a new value into a combo box that accepts one, and commits it with Enter. */
    private void typeNew(String id, String value) {
        browser.reach(id);
        WebElement input = browser.byId(id).findElement(org.openqa.selenium.By.cssSelector("input"));
        input.click();
        input.sendKeys(value, org.openqa.selenium.Keys.ENTER);
        browser.waitForVaadin();
    }

    private void selectRadio(String groupId, String label) {
        browser.reach(groupId);
        WebElement radio = browser.byId(groupId).findElements(org.openqa.selenium.By.cssSelector(
                "vaadin-radio-button")).stream().filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
        radio.click();
        browser.waitForVaadin();
    }

    private void upload(String uploadId, String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("muhokama-e2e-upload").resolve(name);
        Files.write(file, content);
        browser.reach(uploadId);
        WebElement input = (WebElement) browser.driver().executeScript("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """, browser.byId(uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitForVaadin();
    }

    private void waitForText(String id, String text) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!browser.byId(id).getText().contains(text)) {
            assertThat(System.nanoTime()).as("#%s to read %s", id, text).isLessThan(deadline);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] square(double lon, double lat, double half) {
        String ring = String.format(Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
                lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half, lat + half,
                lon - half, lat - half);
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long confirmedPerson(String email) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, "Admin " + email, "e2e-" + email.substring(0, email.indexOf('@')), now(), now());
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
