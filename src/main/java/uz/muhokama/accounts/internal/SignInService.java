package uz.muhokama.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a password sign-in and keeps the books: failed attempts are counted, the fifth in a row locks the account
 * for fifteen minutes, success clears the count. A locked account is refused before its password is checked, so that
 * guessing cannot continue; an unconfirmed one only after, so that its state is not told to a stranger.
 */
@Service
public class SignInService {

    static final int MAX_FAILED_SIGN_INS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JooqAccountRepository accounts;
    private final AccountUserDetailsService users;
    private final PasswordEncoder passwords;
    private final AccountAudit audit;
    private final String timingDecoy;

    SignInService(JooqAccountRepository accounts, AccountUserDetailsService users, PasswordEncoder passwords,
                  AccountAudit audit) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.timingDecoy = passwords.encode("timing-decoy-0123456789");
    }

    @Transactional
    public SignInOutcome attempt(String rawEmail, String password, String remoteIp) {
        String email = AccountInput.normalizeEmail(rawEmail);
        Optional<StoredAccount> found = email.length() > AccountInput.MAX_EMAIL ? Optional.empty()
                : accounts.findByEmail(email);
        String given = password == null ? "" : password;
        Instant now = Instant.now();
        if (found.isEmpty()) {
            passwords.matches(given, timingDecoy);
            audit.record("SIGN_IN_FAILED", null, abbreviate(email), "unknown account", remoteIp);
            return SignInOutcome.badCredentials();
        }
        StoredAccount account = found.get();
        if (account.lockedAt(now)) {
            audit.record("SIGN_IN_FAILED", account.id(), account.email(), "account locked", remoteIp);
            return SignInOutcome.locked(account.lockedUntil());
        }
        if (account.passwordHash() == null || !passwords.matches(given, account.passwordHash())) {
            return failed(account, now, remoteIp);
        }
        if (!account.emailConfirmed()) {
            audit.record("SIGN_IN_FAILED", account.id(), account.email(), "e-mail not confirmed", remoteIp);
            return SignInOutcome.unconfirmed();
        }
        accounts.clearFailedSignIns(account.id());
        audit.record("SIGN_IN_SUCCEEDED", account.id(), account.email(), "password", remoteIp);
        return SignInOutcome.succeeded(users.loadById(account.id()));
    }

    @Transactional
    public void signedOut(long userId, String email, String remoteIp) {
        audit.record("SIGNED_OUT", userId, email, null, remoteIp);
    }

    private SignInOutcome failed(StoredAccount account, Instant now, String remoteIp) {
        int failures = accounts.recordFailedSignIn(account.id());
        audit.record("SIGN_IN_FAILED", account.id(), account.email(), "wrong password", remoteIp);
        if (failures < MAX_FAILED_SIGN_INS) {
            return SignInOutcome.badCredentials();
        }
        Instant until = now.plus(LOCK_DURATION);
        accounts.lock(account.id(), until);
        audit.record("ACCOUNT_LOCKED", account.id(), account.email(),
                MAX_FAILED_SIGN_INS + " failed sign-ins, locked until " + until, remoteIp);
        return SignInOutcome.locked(until);
    }

    private static String abbreviate(String email) {
        return email.length() > AccountInput.MAX_EMAIL ? email.substring(0, AccountInput.MAX_EMAIL) : email;
    }
}
