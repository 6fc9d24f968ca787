package uz.muhokama.accounts.internal;

import java.time.Instant;
import uz.muhokama.accounts.AccountUser;

/** How one password sign-in attempt ended; returned rather than thrown so that its bookkeeping is committed. */
record SignInOutcome(Result result, AccountUser user, Instant lockedUntil) {

    enum Result { SUCCEEDED, BAD_CREDENTIALS, LOCKED, UNCONFIRMED }

    static SignInOutcome succeeded(AccountUser user) {
        return new SignInOutcome(Result.SUCCEEDED, user, null);
    }

    static SignInOutcome badCredentials() {
        return new SignInOutcome(Result.BAD_CREDENTIALS, null, null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Result.LOCKED, null, until);
    }

    static SignInOutcome unconfirmed() {
        return new SignInOutcome(Result.UNCONFIRMED, null, null);
    }
}
