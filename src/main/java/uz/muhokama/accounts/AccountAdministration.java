package uz.muhokama.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AccountAudit;
import uz.muhokama.accounts.internal.AccountInput;
import uz.muhokama.accounts.internal.JooqAccountRepository;
import uz.muhokama.accounts.internal.PseudonymGenerator;

/**
 * Accounts created by an administrator, or by the system itself (demo data) through {@link SystemAdministrator}.
 * Roles are granted through {@link RoleService}.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

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
}
