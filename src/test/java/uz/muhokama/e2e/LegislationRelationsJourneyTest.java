package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;

/**
 * An administrator records, from a law's page, that an article of a resolution (named by its number in Cyrillic)
 * gave one of the law's articles new wording; the law's article then names the resolution's article, and the link
 * leads there.
 */
class LegislationRelationsJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Admin-parol-2026!";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LegislationImportService imports;

    @Test
    void admin_records_an_amendment_in_the_dialog_and_the_amended_article_links_the_amending_one() {
        int number = Acts.uniqueNumber();
        ImportResult law = Acts.imported(imports, ActType.LAW, "OʻRQ-" + Acts.uniqueNumber(), LocalDate.of(2020, 3, 2),
                "Hashar toʻgʻrisida", """
                        1-modda. Maqsad
                        Ushbu Qonunning maqsadi jamoat tartibini taʼminlashdir.
                        2-modda. Hashar
                        Hashar har yili ikki marta oʻtkaziladi.
                        """);
        ImportResult resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + number,
                LocalDate.of(2023, 5, 10), "Hashar toʻgʻrisidagi qonunga oʻzgartish kiritish haqida", """
                        1-modda. Oʻzgartish
                        Hashar toʻgʻrisidagi qonunning 2-moddasi yangi tahrirda bayon etilsin.
                        2-modda. Kuchga kirish
                        Ushbu qaror eʼlon qilingan kundan kuchga kiradi.
                        """);
        String email = "e2e-lex-rel-" + Long.toString(System.nanoTime(), 36) + "@example.uz";
        long admin = confirmedPerson(email);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", admin, now());

        signIn(email, PASSWORD);
        browser.open(law.uri().substring(1));
        browser.click("act-relation-add");
        browser.byId("relation-dialog");
        browser.select("relation-kind", Messages.uzLatn("legislation.relations.kind.SUBSTITUTED"));
        browser.setValue("relation-number", "ПҚ-" + number);
        browser.pick("relation-amending-provision", "1-modda —");
        browser.pick("relation-target-provision", "2-modda —");
        browser.driver().executeScript("arguments[0].value = '2023-06-01';", browser.byId("relation-date"));
        browser.waitForVaadin();
        browser.screenshots("dialog");
        browser.click("relation-save");

        WebElement note = browser.bySelector(".prov-amended");
        assertThat(note.getText()).contains(Messages.uzLatn("legislation.relations.kind.SUBSTITUTED"))
                .contains("PQ-" + number);
        assertThat(browser.byId("act-amended-by").getText()).contains("PQ-" + number);
        browser.screenshots("amended-law");

        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});",
                note.findElement(By.cssSelector("a")));
        note.findElement(By.cssSelector("a")).click();
        browser.waitForVaadin();
        assertThat(browser.path()).isEqualTo(resolution.uri() + "/art_1");
        assertThat(browser.byId("act-amends").getText()).contains(Messages.uzLatn("legislation.relations.kind"
                + ".SUBSTITUTED"));
        browser.screenshots("amending-resolution");
    }

    private long confirmedPerson(String email) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        jdbc.update("""
                insert into app_user (email, password_hash, display_name, pseudonym, email_confirmed_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, email, hash, "Lex editor", "e2e-" + email.substring(0, email.indexOf('@')), now(), now());
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
