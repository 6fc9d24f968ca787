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
import uz.muhokama.shared.i18n.LocalePreference;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAdministrator system;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    LocalePreference localePreference;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void person_changes_names_and_language() {
        String email = signedInPerson();
        Profile before = profiles.currentProfile();
        assertThat(before.email()).isEqualTo(email);
        assertThat(before.publicName()).isEqualTo(PublicNameChoice.PSEUDONYM);
        assertThat(before.publicDisplayName()).isEqualTo(before.pseudonym());

        Profile after = profiles.update(new ProfileChange("  Nodira   Yusupova ", PublicNameChoice.NAME,
                SupportedLocale.UZ_CYRL, before.version()));

        assertThat(after.displayName()).isEqualTo("Nodira Yusupova");
        assertThat(after.publicDisplayName()).isEqualTo("Nodira Yusupova");
        assertThat(after.language()).isEqualTo(SupportedLocale.UZ_CYRL);
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(localePreference.preferredLocale(email.toUpperCase())).contains(SupportedLocale.UZ_CYRL);
        var principal = (AccountPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(principal.displayName()).isEqualTo("Nodira Yusupova");
    }

    @Test
    void a_stale_version_is_refused() {
        signedInPerson();
        Profile seen = profiles.currentProfile();
        profiles.update(new ProfileChange("First", PublicNameChoice.NAME, SupportedLocale.EN, seen.version()));
        assertThatThrownBy(() -> profiles.update(new ProfileChange("Second", PublicNameChoice.NAME,
                SupportedLocale.EN, seen.version())))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.profile.changedElsewhere");
        assertThat(profiles.currentProfile().displayName()).isEqualTo("First");
    }

    @Test
    void over_long_or_empty_names_are_refused() {
        signedInPerson();
        int version = profiles.currentProfile().version();
        assertThatThrownBy(() -> profiles.update(new ProfileChange("x".repeat(101), PublicNameChoice.NAME,
                SupportedLocale.EN, version))).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> profiles.update(new ProfileChange("   ", PublicNameChoice.NAME,
                SupportedLocale.EN, version))).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> profiles.update(new ProfileChange("Ali\u0000", PublicNameChoice.NAME,
                SupportedLocale.EN, version))).isInstanceOf(AccountException.class);
    }

    @Test
    void password_change_needs_the_current_password_and_follows_the_rules() {
        signedInPerson();
        assertThatThrownBy(() -> profiles.changePassword("Wrong2026pass", "Boshqa2026parol", "Boshqa2026parol"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.password.currentWrong");
        assertThatThrownBy(() -> profiles.changePassword(Accounts.PASSWORD, "password123", "password123"))
                .extracting(e -> ((AccountException) e).messageKey()).isEqualTo("accounts.password.common");
        profiles.changePassword(Accounts.PASSWORD, "Boshqa2026parol", "Boshqa2026parol");
        assertThatThrownBy(() -> profiles.changePassword(Accounts.PASSWORD, "Uchinchi2026", "Uchinchi2026"))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void a_signed_out_caller_is_refused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> profiles.currentProfile())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.update(new ProfileChange("X", PublicNameChoice.NAME, SupportedLocale.EN,
                0))).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.changePassword("a", "b", "c"))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void nobody_remembers_a_language_for_someone_else() {
        String email = signedInPerson();
        String other = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, other);
        localePreference.remember(email, SupportedLocale.RU);
        assertThat(localePreference.preferredLocale(email)).contains(SupportedLocale.RU);
        assertThatThrownBy(() -> localePreference.remember(other, SupportedLocale.RU))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(localePreference.preferredLocale(other)).contains(SupportedLocale.UZ_LATN);
    }

    private String signedInPerson() {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        Accounts.signInAs(users.loadUserByUsername(email));
        return email;
    }
}
