package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "Yangi2026parol";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordResetService resets;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAdministrator system;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void reset_link_sets_a_new_password_and_unlocks_the_account() {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        jdbc.update("update app_user set locked_until = current_timestamp + interval '10' minute where id = ?", id);

        resets.requestReset(email.toUpperCase());
        String token = Inbox.lastToken(smtp, email, "reset-password");
        resets.checkLink(token);
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwords.matches(NEW_PASSWORD, hash(id))).isTrue();
        assertThat(jdbc.queryForObject("select locked_until from app_user where id = ?", Object.class, id)).isNull();
        assertThat(events.stream(AuditableAction.class))
                .anyMatch(a -> a.type().equals("PASSWORD_RESET") && a.actorId() == id);
    }

    @Test
    void unknown_address_gets_the_same_silence() {
        String email = Accounts.uniqueEmail();
        resets.requestReset(email);
        assertThat(Inbox.count(smtp, email)).isZero();
    }

    @Test
    void reset_link_works_once_and_the_other_links_stop_working() {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        resets.requestReset(email);
        String first = Inbox.lastToken(smtp, email, "reset-password");
        resets.requestReset(email);
        String second = Inbox.lastToken(smtp, email, "reset-password");

        resets.resetPassword(second, NEW_PASSWORD, NEW_PASSWORD);

        assertThatThrownBy(() -> resets.resetPassword(second, NEW_PASSWORD + "x", NEW_PASSWORD + "x"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.used");
        assertThatThrownBy(() -> resets.checkLink(first))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.used");
    }

    @Test
    void expired_reset_link_is_refused() {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        resets.requestReset(email);
        String token = Inbox.lastToken(smtp, email, "reset-password");
        jdbc.update("update account_token set expires_at = current_timestamp - interval '1' second "
                + "where user_id = ?", id);
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.expired");
        assertThat(passwords.matches(Accounts.PASSWORD, hash(id))).isTrue();
    }

    @Test
    void weak_new_password_is_refused_and_the_link_stays_usable() {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        resets.requestReset(email);
        String token = Inbox.lastToken(smtp, email, "reset-password");
        assertThatThrownBy(() -> resets.resetPassword(token, "short1", "short1"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.password.tooShort");
        String localPart = email.substring(0, email.indexOf('@'));
        assertThatThrownBy(() -> resets.resetPassword(token, localPart + "X1", localPart + "X1"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.password.containsEmail");
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(passwords.matches(NEW_PASSWORD, hash(id))).isTrue();
    }

    private String hash(long id) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
    }
}
