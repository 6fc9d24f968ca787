package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * An administrator imports an Akoma Ntoso file through the import page: the form comes prefilled from its FRBR
 * metadata, the act is saved with the document's eIds; a file with a DOCTYPE is refused with a translated reason.
 */
class AkomaNtosoImportJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Admin-parol-2026!";
    private static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void admin_uploads_an_akoma_ntoso_file_sees_the_details_prefilled_and_saves_the_act() throws IOException {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "e2e-akn-admin-" + unique + "@example.uz";
        long admin = confirmedPerson(email, "AKN admin " + unique);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", admin, now());
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Path law = Files.createTempFile("law-" + number, ".xml");
        Files.writeString(law, law(number), StandardCharsets.UTF_8);
        Path hostile = Files.createTempFile("hostile", ".xml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"" + NS + "\"><act><body><p>&x;</p></body></act></akomaNtoso>");

        signIn(email, PASSWORD);
        browser.open("legislation/import");
        upload(hostile);
        WebElement notice = browser.bySelector("vaadin-notification-card");
        assertThat(notice.getText()).contains(Messages.uzLatn("legislation.akn.doctype"));
        browser.screenshots("akn-refused");

        browser.open("legislation/import");
        upload(law);
        browser.byId("import-headings");
        browser.waitForVaadin();
        assertThat(value("import-number")).isEqualTo("OʻRQ-" + number);
        assertThat(value("import-adopted")).isEqualTo("2021-05-05");
        assertThat(value("import-valid-from")).isEqualTo("2021-06-01");
        assertThat(value("import-title")).isEqualTo("Namunalar toʻgʻrisida");
        assertThat(browser.byId("import-headings").getText()).contains("Umumiy qoidalar");
        browser.screenshots("akn-preview");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.byId("import-save"));
        browser.click("import-save");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!browser.path().startsWith("/act/") && System.nanoTime() < deadline) {
            pause();
        }
        browser.waitForVaadin();

        assertThat(browser.path()).isEqualTo("/act/uz/law/2021/" + number);
        assertThat(browser.bySelector("#chp_1__art_2").getText()).contains("Kuchga kirish");
        browser.screenshots("akn-imported");
    }

    private void upload(Path file) {
        browser.byId("import-upload");
        browser.bySelector("input[type=file]").sendKeys(file.toAbsolutePath().toString());
    }

    private String value(String id) {
        return String.valueOf(browser.driver().executeScript("return arguments[0].value;", browser.byId(id)));
    }

    private static String law(int number) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <akomaNtoso xmlns="%1$s">
                  <act name="law">
                    <meta>
                      <identification source="#muhokama">
                        <FRBRWork>
                          <FRBRthis value="/act/uz/law/2021/%2$d/!main"/>
                          <FRBRuri value="/act/uz/law/2021/%2$d"/>
                          <FRBRdate date="2021-05-05" name="adoption"/>
                          <FRBRauthor href="#issuer"/>
                          <FRBRcountry value="uz"/>
                          <FRBRnumber value="OʻRQ-%2$d"/>
                        </FRBRWork>
                        <FRBRExpression>
                          <FRBRthis value="/act/uz/law/2021/%2$d/uz-Latn@2021-06-01/!main"/>
                          <FRBRuri value="/act/uz/law/2021/%2$d/uz-Latn@2021-06-01"/>
                          <FRBRdate date="2021-06-01" name="validFrom"/>
                          <FRBRauthor href="#issuer"/>
                          <FRBRlanguage language="uz-Latn"/>
                        </FRBRExpression>
                      </identification>
                    </meta>
                    <preface><p><docTitle>Namunalar toʻgʻrisida</docTitle></p></preface>
                    <body>
                      <chapter eId="chp_1">
                        <num>1</num>
                        <heading>Umumiy qoidalar</heading>
                        <article eId="chp_1__art_1">
                          <num>1</num>
                          <heading>Maqsad</heading>
                          <paragraph eId="chp_1__art_1__para_1"><num>1</num>
                            <content><p>Ushbu Qonunning maqsadi namunalarni tartibga solishdan iborat.</p></content>
                          </paragraph>
                        </article>
                        <article eId="chp_1__art_2">
                          <num>2</num>
                          <heading>Kuchga kirish</heading>
                          <paragraph eId="chp_1__art_2__para_1"><num>1</num>
                            <content><p>Ushbu Qonun rasmiy eʼlon qilingan kundan kuchga kiradi.</p></content>
                          </paragraph>
                        </article>
                      </chapter>
                    </body>
                  </act>
                </akomaNtoso>
                """.formatted(NS, number);
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
