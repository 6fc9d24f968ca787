package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uz.muhokama.accounts.internal.AccountUserDetailsService;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.Mails;

@IntegrationTest
@RecordApplicationEvents
class SignUpServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SignUpService signUps;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void sign_up_mails_a_link_that_confirms_the_email() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email.toUpperCase()));

        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();
        String token = Inbox.lastToken(smtp, email, "confirm-email");
        assertThat(token).hasSize(43);
        signUps.confirmEmail(token);

        AccountUser user = users.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
        assertThat(events.stream(AuditableAction.class).map(AuditableAction::type))
                .contains("SIGNED_UP", "EMAIL_CONFIRMED");
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        String token = Inbox.lastToken(smtp, email, "confirm-email");
        Map<String, Object> row = jdbc.queryForMap("select t.token_hash, t.expires_at, t.created_at from account_token t "
                + "join app_user u on u.id = t.user_id where u.email = ?", email);
        assertThat(row.get("token_hash")).isNotEqualTo(token).asString().hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void confirmation_mail_is_written_in_the_chosen_language() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(new SignUpRequest(email, "Олег", Accounts.PASSWORD, Accounts.PASSWORD, true,
                SupportedLocale.RU));
        String text = Mails.text(smtp.getReceivedMessagesForDomain(email)[0]);
        assertThat(text).contains("Здравствуйте, Олег!").contains("/confirm-email?token=");
    }

    @Test
    void a_random_unique_pseudonym_is_given() {
        String first = Accounts.uniqueEmail();
        String second = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(first));
        signUps.signUp(Accounts.signUp(second));
        String a = jdbc.queryForObject("select pseudonym from app_user where email = ?", String.class, first);
        String b = jdbc.queryForObject("select pseudonym from app_user where email = ?", String.class, second);
        assertThat(a).matches("Fuqaro-\\d{4,}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void duplicate_email_is_refused_whatever_its_case() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        int mails = Inbox.count(smtp, email);

        assertThatThrownBy(() -> signUps.signUp(Accounts.signUp(" " + email.toUpperCase() + " ")))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.signUp.emailUnavailable");
                    assertThat(e.field()).contains(AccountException.EMAIL);
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(Inbox.count(smtp, email)).isEqualTo(mails);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
            "short1,          accounts.password.tooShort",
            "onlylettersatall, accounts.password.lettersAndDigits",
            "12345678901234,  accounts.password.lettersAndDigits",
            "password123,     accounts.password.common",
            "Qwerty12345,     accounts.password.common",
            "zarina2026abc,   accounts.password.containsEmail",
    })
    void weak_passwords_are_refused(String password, String key) {
        String emailToUse = "zarina2026@" + UUID.randomUUID() + ".uz";
        assertThatThrownBy(() -> signUps.signUp(new SignUpRequest(emailToUse, "Zarina", password, password, true,
                SupportedLocale.UZ_LATN)))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).contains(AccountException.PASSWORD);
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, emailToUse))
                .isZero();
    }

    @Test
    void too_long_password_is_refused() {
        String password = "a1".repeat(65);
        assertThatThrownBy(() -> signUps.signUp(new SignUpRequest(Accounts.uniqueEmail(), "Ali", password, password,
                true, SupportedLocale.EN)))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.password.tooLong");
    }

    @Test
    void repeated_password_must_match() {
        assertThatThrownBy(() -> signUps.signUp(new SignUpRequest(Accounts.uniqueEmail(), "Ali", Accounts.PASSWORD,
                Accounts.PASSWORD + "x", true, SupportedLocale.EN)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.field()).contains(AccountException.PASSWORD_REPEAT));
    }

    @Test
    void consent_is_required() {
        String email = Accounts.uniqueEmail();
        assertThatThrownBy(() -> signUps.signUp(new SignUpRequest(email, "Ali", Accounts.PASSWORD, Accounts.PASSWORD,
                false, SupportedLocale.EN)))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.signUp.consentRequired");
        assertThat(Inbox.count(smtp, email)).isZero();
    }

    @Test
    void over_long_fields_are_refused() {
        String longEmail = "a".repeat(60) + "@" + "b".repeat(200) + ".uz";
        assertThatThrownBy(() -> signUps.signUp(Accounts.signUp(longEmail)))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.email.tooLong");
        assertThatThrownBy(() -> signUps.signUp(new SignUpRequest(Accounts.uniqueEmail(), "N".repeat(101),
                Accounts.PASSWORD, Accounts.PASSWORD, true, SupportedLocale.EN)))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.displayName.tooLong");
        assertThatThrownBy(() -> signUps.signUp(Accounts.signUp("not-an-address")))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.email.invalid");
    }

    @Test
    void script_in_the_display_name_is_stored_as_plain_text() {
        String email = Accounts.uniqueEmail();
        String name = "<script>alert('x')</script> & <b>bold</b>";
        signUps.signUp(new SignUpRequest(email, name, Accounts.PASSWORD, Accounts.PASSWORD, true,
                SupportedLocale.EN));
        assertThat(jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email))
                .isEqualTo(name);
    }

    @Test
    void confirmation_link_works_once() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        String token = Inbox.lastToken(smtp, email, "confirm-email");
        signUps.confirmEmail(token);
        assertThatThrownBy(() -> signUps.confirmEmail(token))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.used");
    }

    @Test
    void expired_confirmation_link_is_refused() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        String token = Inbox.lastToken(smtp, email, "confirm-email");
        jdbc.update("update account_token set expires_at = created_at - interval '1' hour where user_id = "
                + "(select id from app_user where email = ?)", email);
        assertThatThrownBy(() -> signUps.confirmEmail(token))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.expired");
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();
    }

    @Test
    void unknown_or_malformed_links_are_refused() {
        for (String token : new String[] {null, "", "abc", "A".repeat(43), "<script>"}) {
            assertThatThrownBy(() -> signUps.confirmEmail(token))
                    .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.link.unknown");
        }
    }

    @Test
    void a_new_confirmation_link_replaces_the_old_one() {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        String first = Inbox.lastToken(smtp, email, "confirm-email");
        signUps.resendConfirmation(email);
        String second = Inbox.lastToken(smtp, email, "confirm-email");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> signUps.confirmEmail(first)).isInstanceOf(AccountException.class);
        signUps.confirmEmail(second);
        int mails = Inbox.count(smtp, email);
        signUps.resendConfirmation(email);
        signUps.resendConfirmation("nobody-" + email);
        assertThat(Inbox.count(smtp, email)).isEqualTo(mails);
    }
}
