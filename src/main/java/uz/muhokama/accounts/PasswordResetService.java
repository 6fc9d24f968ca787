package uz.muhokama.accounts;

import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AccountAudit;
import uz.muhokama.accounts.internal.AccountInput;
import uz.muhokama.accounts.internal.AccountMails;
import uz.muhokama.accounts.internal.AccountTokens;
import uz.muhokama.accounts.internal.JooqAccountRepository;
import uz.muhokama.accounts.internal.StoredAccount;
import uz.muhokama.accounts.internal.TokenPurpose;

/** "Forgot password": a one-time link (valid one hour) by e-mail, then a new password under the usual rules. */
@Service
public class PasswordResetService {

    private final JooqAccountRepository accounts;
    private final AccountInput input;
    private final PasswordEncoder passwords;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountAudit audit;

    PasswordResetService(JooqAccountRepository accounts, AccountInput input, PasswordEncoder passwords,
                         AccountTokens tokens, AccountMails mails, AccountAudit audit) {
        this.accounts = accounts;
        this.input = input;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
    }

    /** Mails a reset link if the address has an account; answers the same either way. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestReset(String rawEmail) {
        accounts.findByEmail(AccountInput.normalizeEmail(rawEmail)).ifPresent(account -> {
            audit.record("PASSWORD_RESET_REQUESTED", account.id(), account.email(), null, null);
            mails.resetPassword(account.email(), account.displayName(), account.language(),
                    tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD));
        });
    }

    /**
     * Checks a reset link before the person types a new password.
     *
     * @throws AccountException {@code accounts.link.unknown}, {@code .expired} or {@code .used}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public void checkLink(String token) {
        tokens.check(token, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password through a reset link. The link and every other reset link of the account stop working;
     * the account is unlocked and its e-mail counts as confirmed, since the person has just read a mail sent there.
     *
     * @throws AccountException for a bad link or a password that breaks the rules (the link then stays usable)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void resetPassword(String token, String newPassword, String repeat) {
        long id = tokens.check(token, TokenPurpose.RESET_PASSWORD);
        StoredAccount account = accounts.findById(id).orElseThrow(() -> new AccountException("accounts.link.unknown"));
        input.newPassword(newPassword, repeat, account.email());
        tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        tokens.invalidateAll(id, TokenPurpose.RESET_PASSWORD);
        accounts.updatePassword(id, passwords.encode(newPassword));
        accounts.confirmEmail(id, Instant.now());
        audit.record("PASSWORD_RESET", id, account.email(), null, null);
    }
}
