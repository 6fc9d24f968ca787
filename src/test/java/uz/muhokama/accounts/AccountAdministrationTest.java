package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.internal.AccountUserDetailsService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class AccountAdministrationTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAdministrator system;

    @Autowired
    RoleService roles;

    @Autowired
    AccountUserDetailsService users;

    @Test
    void the_system_creates_a_confirmed_administrator() {
        String email = Accounts.uniqueEmail();
        long id = system.call(() -> {
            long created = administration.createConfirmedAccount(new NewAccount(email, "Bosh admin",
                    Accounts.PASSWORD, SupportedLocale.RU));
            roles.grant(email, GrantableRole.ADMIN);
            return created;
        });

        AccountUser user = users.loadUserByUsername(email);
        assertThat(user.userId()).isEqualTo(id);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_ADMIN");
        assertThat(system.call(() -> administration.accountIdByEmail(email.toUpperCase()))).contains(id);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_taken_address_or_a_weak_password_is_refused() {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);

        assertThatThrownBy(() -> Accounts.confirmed(system, administration, email.toUpperCase()))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.signUp.emailUnavailable"));
        assertThatThrownBy(() -> system.run(() -> administration.createConfirmedAccount(
                new NewAccount(Accounts.uniqueEmail(), "X", "short", SupportedLocale.EN))))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void citizens_and_strangers_may_not_create_accounts() {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        NewAccount account = new NewAccount(Accounts.uniqueEmail(), "X", Accounts.PASSWORD, SupportedLocale.EN);

        assertThatThrownBy(() -> administration.createConfirmedAccount(account))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        Accounts.signInAs(users.loadUserByUsername(email));
        assertThatThrownBy(() -> administration.createConfirmedAccount(account))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.accountIdByEmail(email)).isInstanceOf(AccessDeniedException.class);
    }
}
