package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
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
    AccountUserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_system_creates_a_confirmed_administrator() {
        String email = Accounts.uniqueEmail();
        long id = SystemActor.callAsSystem(() -> {
            long created = administration.createConfirmedAccount(new NewAccount(email, "Bosh admin",
                    Accounts.PASSWORD, SupportedLocale.RU));
            administration.grantRole(created, "ADMIN");
            administration.grantRole(created, "ADMIN");
            return created;
        });
        AccountUser user = users.loadUserByUsername(email);
        assertThat(user.userId()).isEqualTo(id);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_ADMIN");
        assertThat(SystemActor.callAsSystem(() -> administration.accountIdByEmail(email.toUpperCase())))
                .contains(id);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void citizens_and_strangers_may_not_create_accounts_or_grant_roles() {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(administration, email);
        assertThatThrownBy(() -> administration.grantRole(id, "ADMIN"))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        Accounts.signInAs(users.loadUserByUsername(email));
        assertThatThrownBy(() -> administration.grantRole(id, "ADMIN")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.createConfirmedAccount(new NewAccount(Accounts.uniqueEmail(), "X",
                Accounts.PASSWORD, SupportedLocale.EN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_moderator_and_admin_are_granted_here() {
        long id = Accounts.confirmed(administration, Accounts.uniqueEmail());
        assertThatThrownBy(() -> SystemActor.runAsSystem(() -> administration.grantRole(id, "AGENCY_EDITOR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
