package uz.muhokama.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AccountAudit;
import uz.muhokama.accounts.internal.AccountInput;
import uz.muhokama.accounts.internal.JooqAccountRepository;
import uz.muhokama.accounts.internal.PseudonymGenerator;
import uz.muhokama.shared.Roles;

/**
 * Accounts created and promoted by an administrator, or by the system itself (demo data) through
 * {@link SystemActor#callAsSystem}.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    private static final Set<String> GRANTABLE = Set.of(Roles.MODERATOR, Roles.ADMIN);

    private final JooqAccountRepository accounts;
    private final AccountInput input;
    private final PasswordEncoder passwords;
    private final PseudonymGenerator pseudonyms;
    private final AccountAudit audit;

    AccountAdministration(JooqAccountRepository accounts, AccountInput input, PasswordEncoder passwords,
                          PseudonymGenerator pseudonyms, AccountAudit audit) {
        this.accounts = accounts;
        this.input = input;
        this.passwords = passwords;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
    }

    /**
     * Creates an account whose e-mail counts as confirmed, with a password under the usual rules.
     *
     * @return the new account's id
     * @throws AccountException invalid input, or the address is already in use
     */
    @Transactional
    public long createConfirmedAccount(NewAccount account) {
        String email = input.email(account.email());
        String displayName = input.displayName(account.displayName());
        input.newPassword(account.password(), account.password(), email);
        if (accounts.emailTaken(email)) {
            throw new AccountException("accounts.signUp.emailUnavailable", AccountException.EMAIL);
        }
        Instant now = Instant.now();
        long id = accounts.insert(email, passwords.encode(account.password()), displayName, pseudonyms.next(),
                account.language(), now, now);
        audit.record("ACCOUNT_CREATED", id, email, "by an administrator", null);
        return id;
    }

    /** The id of the account with this e-mail, if any (case does not matter). */
    @Transactional(readOnly = true)
    public Optional<Long> accountIdByEmail(String email) {
        return accounts.findByEmail(AccountInput.normalizeEmail(email)).map(a -> a.id());
    }

    /**
     * Grants {@link Roles#MODERATOR} or {@link Roles#ADMIN}; granting a role the account has is no change. The role
     * takes effect at the person's next sign-in.
     */
    @Transactional
    public void grantRole(long userId, String role) {
        if (!GRANTABLE.contains(role)) {
            throw new IllegalArgumentException("Not a grantable role: " + role);
        }
        String email = accounts.findById(userId).map(a -> a.email())
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
        accounts.grantRole(userId, role, Instant.now());
        audit.record("ROLE_GRANTED", userId, email, role, null);
    }
}
