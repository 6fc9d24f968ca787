package uz.muhokama.accounts.internal;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Why a password sign-in was refused, beyond wrong credentials; the failure handler turns them into messages. */
final class SignInExceptions {

    private SignInExceptions() {
    }

    static final class AccountLocked extends LockedException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Instant until;

        AccountLocked(Instant until) {
            super("Account locked");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    static final class EmailNotConfirmed extends DisabledException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String email;

        EmailNotConfirmed(String email) {
            super("E-mail not confirmed");
            this.email = email;
        }

        String email() {
            return email;
        }
    }

    static final class Throttled extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;

        Throttled() {
            super("Too many failed sign-ins from this address");
        }
    }
}
