package uz.muhokama.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.AccountUser;
import uz.muhokama.shared.SupportedLocale;

/**
 * Finds the account of a person who signed in through an OpenID Connect provider: by the provider's subject, else by
 * the same verified e-mail (and links it), else a new confirmed account with a random pseudonym.
 */
@Service
public class OidcAccounts {

    private final JooqAccountRepository accounts;
    private final PseudonymGenerator pseudonyms;
    private final AccountUserDetailsService users;
    private final AccountAudit audit;

    OidcAccounts(JooqAccountRepository accounts, PseudonymGenerator pseudonyms, AccountUserDetailsService users,
                 AccountAudit audit) {
        this.accounts = accounts;
        this.pseudonyms = pseudonyms;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public AccountUser signIn(String provider, String subject, String rawEmail, boolean emailVerified, String name) {
        Instant now = Instant.now();
        Optional<Long> linked = accounts.findIdByIdentity(provider, subject);
        long id;
        if (linked.isPresent()) {
            id = linked.get();
        } else {
            String email = AccountInput.normalizeEmail(rawEmail);
            if (!emailVerified || email.isEmpty() || email.length() > AccountInput.MAX_EMAIL) {
                throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified"));
            }
            id = accounts.findByEmail(email).map(StoredAccount::id)
                    .orElseGet(() -> create(email, name, provider, now));
            accounts.confirmEmail(id, now);
            accounts.linkIdentity(provider, subject, id, now);
        }
        StoredAccount account = accounts.findById(id).orElseThrow();
        if (account.lockedAt(now)) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_locked"));
        }
        audit.record("SIGN_IN_SUCCEEDED", id, account.email(), provider, null);
        return users.toUser(account);
    }

    private long create(String email, String name, String provider, Instant now) {
        String displayName = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip();
        if (displayName.length() > AccountInput.MAX_DISPLAY_NAME) {
            displayName = displayName.substring(0, AccountInput.MAX_DISPLAY_NAME);
        }
        long id = accounts.insert(email, null, displayName, pseudonyms.next(), SupportedLocale.DEFAULT, now, now);
        audit.record("SIGNED_UP", id, email, provider, null);
        return id;
    }
}
