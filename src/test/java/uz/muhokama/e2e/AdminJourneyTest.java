package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Needs the accounts module's sign-in page and organisation administration. */
class AdminJourneyTest extends EndToEndTest {

    private static final String PASSWORD = "Admin-parol-2026!";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void admin_creates_an_agency_and_makes_a_person_its_editor() {
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String adminEmail = "e2e-admin-" + unique.toLowerCase() + "@example.uz";
        String editorEmail = "e2e-editor-" + unique.toLowerCase() + "@example.uz";
        long admin = confirmedPerson(adminEmail, "Admin " + unique);
        confirmedPerson(editorEmail, "Muharrir " + unique);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'ADMIN', ?)", admin, now());
        String code = "E2E-" + unique;

        signIn(adminEmail, PASSWORD);
        browser.open("admin/organisations");
        browser.screenshots("organisations");
        browser.click("new-organisation");
        browser.setValue("org-code", code);
        browser.select("org-type", Messages.uzLatn("accounts.admin.type.AGENCY"));
        browser.setValue("org-name-uz-latn", "Sinov agentligi " + unique);
        browser.setValue("org-name-uz-cyrl", "Синов агентлиги " + unique);
        browser.setValue("org-name-ru", "Тестовое агентство " + unique);
        browser.setValue("org-name-en", "Test agency " + unique);
        browser.screenshots("new-organisation");
        browser.click("org-save");

        browser.clickGridCell("organisations-grid", code);
        browser.click("org-members");
        browser.setValue("member-email", editorEmail);
        browser.click("member-add");

        assertThat(browser.waitForGridCell("members-grid", editorEmail))
                .as("members-grid lists " + editorEmail).isTrue();
        browser.screenshots("members");
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
