package uz.muhokama.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Signs people in with e-mail and password, throttled per client address; the rules live in {@link SignInService}. */
@Component
public class PasswordSignInProvider implements AuthenticationProvider {

    private final SignInService signIn;
    private final SignInThrottle throttle;

    PasswordSignInProvider(SignInService signIn, SignInThrottle throttle) {
        this.signIn = signIn;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = remoteAddress(authentication);
        if (!throttle.allows(address)) {
            throw new SignInExceptions.Throttled();
        }
        String email = authentication.getName();
        Object credentials = authentication.getCredentials();
        SignInOutcome outcome = signIn.attempt(email, credentials == null ? null : credentials.toString(), address);
        if (outcome.result() != SignInOutcome.Result.SUCCEEDED) {
            throttle.recordFailure(address);
        }
        return switch (outcome.result()) {
            case SUCCEEDED -> {
                var user = outcome.user();
                user.eraseCredentials();
                var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                result.setDetails(authentication.getDetails());
                yield result;
            }
            case LOCKED -> throw new SignInExceptions.AccountLocked(outcome.lockedUntil());
            case UNCONFIRMED -> throw new SignInExceptions.EmailNotConfirmed(AccountInput.normalizeEmail(email));
            case BAD_CREDENTIALS -> throw new BadCredentialsException("Bad credentials");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
