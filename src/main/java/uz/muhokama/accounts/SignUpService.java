package uz.muhokama.accounts;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AccountAudit;
import uz.muhokama.accounts.internal.AccountInput;
import uz.muhokama.accounts.internal.AccountMails;
import uz.muhokama.accounts.internal.AccountTokens;
import uz.muhokama.accounts.internal.JooqAccountRepository;
import uz.muhokama.accounts.internal.PseudonymGenerator;
import uz.muhokama.accounts.internal.TokenPurpose;

/**
 * Sign-up with e-mail and password, and the confirmation of the e-mail address through a one-time link (valid 48
 * hours). Open to anyone: it is how strangers become citizens of the platform.
 */
@Service
public class SignUpService {

    private final JooqAccountRepository accounts;
    private final AccountInput input;
    private final PasswordEncoder passwords;
    private final PseudonymGenerator pseudonyms;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountAudit audit;

    SignUpService(JooqAccountRepository accounts, AccountInput input, PasswordEncoder passwords,
                  PseudonymGenerator pseudonyms, AccountTokens tokens, AccountMails mails, AccountAudit audit) {
        this.accounts = accounts;
        this.input = input;
        this.passwords = passwords;
        this.pseudonyms = pseudonyms;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
    }

    /**
     * Creates an unconfirmed account and mails the confirmation link in the page's language.
     *
     * @throws AccountException on invalid input, a missing consent, or an address that cannot be used
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void signUp(SignUpRequest request) {
        String email = input.email(request.email());
        String displayName = input.displayName(request.displayName());
        input.newPassword(request.password(), request.passwordRepeat(), email);
        if (!request.consent()) {
            throw new AccountException("accounts.signUp.consentRequired", AccountException.CONSENT);
        }
        if (accounts.emailTaken(email)) {
            throw emailUnavailable();
        }
        long id;
        try {
            id = accounts.insert(email, passwords.encode(request.password()), displayName, pseudonyms.next(),
                    request.language(), null, Instant.now());
        } catch (DuplicateKeyException raced) {
            throw emailUnavailable();
        }
        audit.record("SIGNED_UP", id, email, null, null);
        mails.confirmEmail(email, displayName, request.language(), tokens.issue(id, TokenPurpose.CONFIRM_EMAIL));
    }

    /**
     * Confirms the e-mail address of the link's account and uses the link up.
     *
     * @throws AccountException {@code accounts.link.unknown}, {@code .expired} or {@code .used}
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void confirmEmail(String token) {
        long id = tokens.redeem(token, TokenPurpose.CONFIRM_EMAIL);
        accounts.confirmEmail(id, Instant.now());
        audit.record("EMAIL_CONFIRMED", id, accounts.findById(id).map(a -> a.email()).orElse(null), null, null);
    }

    /**
     * Sends a new confirmation link if the address belongs to an unconfirmed account; earlier links stop working.
     * Says nothing either way, so that nobody learns which addresses have accounts.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void resendConfirmation(String rawEmail) {
        accounts.findByEmail(AccountInput.normalizeEmail(rawEmail))
                .filter(account -> !account.emailConfirmed())
                .ifPresent(account -> {
                    tokens.invalidateAll(account.id(), TokenPurpose.CONFIRM_EMAIL);
                    mails.confirmEmail(account.email(), account.displayName(), account.language(),
                            tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL));
                });
    }

    private static AccountException emailUnavailable() {
        return new AccountException("accounts.signUp.emailUnavailable", AccountException.EMAIL);
    }
}
