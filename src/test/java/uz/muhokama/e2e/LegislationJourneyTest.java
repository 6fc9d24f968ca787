package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.AsAdmin;

/**
 * The legislation base in a real browser: an administrator imports the Labour Code in Uzbek and Russian through the
 * import page, anyone finds article 13 in either script or in Russian, follows a permalink, reads an older edition,
 * compares editions and opens the print view.
 */
class LegislationJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Admin-parol-2026!";
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "legislation");
    private static final String ARTICLE_13 = "chp_2__art_13";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LegislationImportService imports;

    @Test
    void admin_imports_the_labour_code_and_article_13_is_found_in_any_script_then_linked_and_printed()
            throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "e2e-lex-admin-" + unique + "@example.uz";
        long admin = confirmedPerson(email, "Lex admin " + unique);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", admin, now());
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);

        signIn(email, PASSWORD);
        String uri = importThroughThePage("labour-code-2022.uz-latn.lexuz.doc", "ZRU-" + number, "import-uz");
        assertThat(uri).isEqualTo("/act/uz/code/2022/" + number);
        assertThat(importThroughThePage("labour-code-2022.ru.lexuz.doc", "ZRU-" + number, "import-ru"))
                .isEqualTo(uri);

        browser.forgetVisitor();
        for (String query : new String[] {"меҳнат тўғрисидаги қонунчиликнинг ўзаро нисбати",
                "mehnat to'g'risidagi qonunchilikning o'zaro nisbati", "соотношения трудового законодательства"}) {
            WebElement first = firstHit(query);
            assertThat(first.getAttribute("href")).as(query).contains("/" + ARTICLE_13 + "?lang=");
        }
        // The hits come first; the facet counts of the same search follow in a second round trip.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(browser.driver()
                .findElements(By.cssSelector("#facet-language vaadin-checkbox")).stream()
                .map(WebElement::getText)).anySatisfy(label -> assertThat(label).matches(".*\\(\\d+\\)")));
        assertThat(browser.driver().findElements(By.cssSelector(".search-filters-pending"))).isEmpty();
        browser.screenshots("search-russian");
        assertThat(browser.byId("legislation-feed").getAttribute("href")).contains("/legislation/feed.atom");
        firstHit("mehnat to'g'risidagi qonunchilikning o'zaro nisbati").click();
        // The hit is a router link: the act page replaces the search page once the server has answered.
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.path().endsWith("/" + ARTICLE_13));
        browser.waitForVaadin();
        assertThat(browser.bySelector("section.article.highlighted").getAttribute("id")).isEqualTo(ARTICLE_13);

        browser.open(uri.substring(1) + "/" + ARTICLE_13 + "?lang=uz-Latn");
        WebElement article = browser.bySelector("section.article.highlighted");
        assertThat(article.getAttribute("id")).isEqualTo(ARTICLE_13);
        assertThat(inView(ARTICLE_13)).as("article 13 scrolled into view").isTrue();
        browser.screenshots("permalink");

        HttpResponse<String> print = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + uri + "/print?lang=ru")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(print.body()).contains("id=\"" + ARTICLE_13 + "\"")
                .contains("Соотношение трудового законодательства");
        for (String download : new String[] {"act-akn", "act-docx"}) {
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(browser.byId(download).getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(download).isEqualTo(200);
            assertThat(file.body().length).as(download).isGreaterThan(10_000);
        }
        browser.driver().get(browser.byId("act-print").getAttribute("href"));
        assertThat(browser.path()).isEqualTo(uri + "/print");
        assertThat(browser.driver().findElement(By.id(ARTICLE_13)).getText()).contains("13");
    }

    @Test
    void a_reader_sees_the_act_as_it_read_on_a_past_date_and_compares_its_editions() {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LocalDate adopted = LocalDate.of(2020, 3, 2);
        String uri = importFixture("small-act-2020.html", number, adopted, adopted);
        importFixture("small-act-2024.html", number, adopted, LocalDate.of(2024, 1, 1));

        browser.open(uri.substring(1) + "?lang=uz-Latn&date=2021-06-01");
        assertThat(browser.bySelector(".act-text").getText()).contains("har yili ikki marta hasharni")
                .doesNotContain("ommaviy");
        browser.screenshots("as-of-2021");
        browser.open(uri.substring(1) + "?lang=uz-Latn");
        assertThat(browser.bySelector(".act-text").getText()).contains("har oyda bir marta ommaviy hasharni");

        browser.click("act-compare");
        browser.byId("compare-summary");
        WebElement diff = browser.bySelector(".compare");
        assertThat(diff.getAttribute("innerHTML")).contains("<del>").contains("<ins>");
        assertThat(diff.getText()).contains("yili").contains("ommaviy");
        browser.screenshots("compare");
    }

    @Test
    void admin_uploads_an_archive_and_follows_the_bulk_import_to_its_results() throws IOException {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "e2e-lex-bulk-" + unique + "@example.uz";
        long admin = confirmedPerson(email, "Lex bulk " + unique);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", admin, now());
        Path zip = java.nio.file.Files.createTempFile("bulk-journey", ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("obodonlashtirish.html"));
            out.write(java.nio.file.Files.readAllBytes(FIXTURES.resolve("small-act-2020.html")));
            out.putNextEntry(new java.util.zip.ZipEntry("ichki.zip"));
            out.write(new byte[] {'P', 'K'});
            out.closeEntry();
        }

        signIn(email, PASSWORD);
        browser.open("legislation/import");
        browser.byId("bulk-upload");
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("vaadin-upload input[type=file]"));
        WebElement input = inputs.isEmpty() ? (WebElement) browser.driver().executeScript(
                "return document.getElementById('bulk-upload').querySelector('input[type=file]')"
                        + " || document.getElementById('bulk-upload').shadowRoot.querySelector('input[type=file]');")
                : inputs.getLast();
        input.sendKeys(zip.toRealPath().toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (browser.driver().findElements(By.cssSelector("#bulk-results li")).size() < 2
                && System.nanoTime() < deadline) {
            pause();
        }
        browser.waitForVaadin();
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("#bulk-results li"));
        assertThat(lines).hasSize(2);
        assertThat(browser.byId("bulk-results").getText())
                .contains(Messages.uzLatn("legislation.bulk.status.SKIPPED"))
                .contains(Messages.uzLatn("legislation.bulk.nestedArchive"));
        browser.screenshots("bulk");
    }

    private String importThroughThePage(String file, String number, String shot) {
        browser.open("legislation/import");
        browser.byId("import-upload");
        browser.bySelector("input[type=file]").sendKeys(CORPUS.resolve(file).toAbsolutePath().normalize().toString());
        browser.byId("import-headings");
        browser.waitForVaadin();
        browser.setValue("import-number", number);
        browser.screenshots(shot);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.byId("import-save"));
        browser.click("import-save");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!browser.path().startsWith("/act/") && System.nanoTime() < deadline) {
            pause();
        }
        browser.waitForVaadin();
        return browser.path();
    }

    /** Indexing follows the import's commit: the search is asked again until the index has caught up. */
    private WebElement firstHit(String query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            browser.open("legislation?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            browser.bySelector(".acts-count");
            List<WebElement> hits = browser.driver().findElements(By.cssSelector("#search-hits a.search-hit"));
            if (!hits.isEmpty() && (hits.getFirst().getAttribute("href").contains(ARTICLE_13)
                    || System.nanoTime() > deadline)) {
                return hits.getFirst();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no search hit for " + query);
            }
            pause();
        }
    }

    private boolean inView(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Object top = browser.driver().executeScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().top;", id);
            double y = ((Number) top).doubleValue();
            if (y >= -2 && y < 300) {
                return true;
            }
            pause();
        }
        return false;
    }

    private String importFixture(String file, int number, LocalDate adopted, LocalDate validFrom) {
        return AsAdmin.run(() -> {
            try (InputStream in = java.nio.file.Files.newInputStream(FIXTURES.resolve(file))) {
                ImportPreview preview = imports.preview(in, file);
                ActMetadata metadata = new ActMetadata(ActType.LAW, "OʻRQ-" + number, adopted, null, null, null, null,
                        ActStatus.IN_FORCE, null, null, null);
                ImportResult result = imports.importEdition(preview.fileId(), metadata, "uz-Latn", validFrom,
                        "Obodonlashtirish toʻgʻrisida");
                return result.uri();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long confirmedPerson(String email, String name) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, name, "e2e-" + email.substring(0, email.indexOf('@')), now(), now());
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
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
