package uz.muhokama.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AccountAudit;
import uz.muhokama.accounts.internal.AccountInput;
import uz.muhokama.accounts.internal.JooqAccountRepository;
import uz.muhokama.accounts.internal.StoredAccount;

/** The signed-in person's own profile: names, language and password. Only ever acts on the caller's account. */
@Service
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final JooqAccountRepository accounts;
    private final AccountInput input;
    private final PasswordEncoder passwords;
    private final AccountAudit audit;

    ProfileService(JooqAccountRepository accounts, AccountInput input, PasswordEncoder passwords,
                   AccountAudit audit) {
        this.accounts = accounts;
        this.input = input;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Profile currentProfile() {
        return toProfile(current());
    }

    /**
     * Saves names and language if nobody changed the profile since it was read.
     *
     * @throws AccountException {@code accounts.profile.changedElsewhere} when the version is stale, or invalid input
     */
    @Transactional
    public Profile update(ProfileChange change) {
        StoredAccount account = current();
        String displayName = input.displayName(change.displayName());
        if (change.publicName() == null || change.language() == null) {
            throw new AccountException("accounts.profile.incomplete");
        }
        if (!accounts.updateProfile(account.id(), change.version(), displayName, change.publicName(),
                change.language())) {
            throw new AccountException("accounts.profile.changedElsewhere");
        }
        audit.record("PROFILE_CHANGED", account.id(), account.email(), null, null);
        renameSignedInPerson(displayName);
        return toProfile(accounts.findById(account.id()).orElseThrow());
    }

    /**
     * Changes the password; the current one is asked for unless the account never had one (OpenID Connect).
     *
     * @throws AccountException a wrong current password, or a new one that breaks the rules
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeat) {
        StoredAccount account = current();
        if (account.passwordHash() != null
                && (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash()))) {
            throw new AccountException("accounts.password.currentWrong", AccountException.CURRENT_PASSWORD);
        }
        input.newPassword(newPassword, repeat, account.email());
        accounts.updatePassword(account.id(), passwords.encode(newPassword));
        audit.record("PASSWORD_CHANGED", account.id(), account.email(), null, null);
    }

    private StoredAccount current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal person)) {
            throw new AccessDeniedException("Not signed in with an account");
        }
        return accounts.findById(person.userId()).orElseThrow(() -> new AccessDeniedException("Account is gone"));
    }

    /** Keeps the header's greeting right without signing in again. */
    private static void renameSignedInPerson(String displayName) {
        var context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (!(authentication.getPrincipal() instanceof AccountPrincipal person)) {
            return;
        }
        AccountPrincipal renamed = person.withDisplayName(displayName);
        Authentication replacement;
        if (authentication instanceof OAuth2AuthenticationToken oauth && renamed instanceof OidcAccountUser oidc) {
            replacement = new OAuth2AuthenticationToken(oidc, oauth.getAuthorities(),
                    oauth.getAuthorizedClientRegistrationId());
        } else {
            var token = UsernamePasswordAuthenticationToken.authenticated(renamed, null,
                    authentication.getAuthorities());
            token.setDetails(authentication.getDetails());
            replacement = token;
        }
        context.setAuthentication(replacement);
    }

    private static Profile toProfile(StoredAccount a) {
        return new Profile(a.id(), a.email(), a.displayName(), a.pseudonym(), a.publicName(), a.language(),
                a.passwordHash() != null, a.version());
    }
}
