package uz.muhokama.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a refused sign-in back to the sign-in page with the reason in the address, which the page turns into a
 * translated message. The e-mail of an unconfirmed account stays in the session, for "send the link again".
 */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute holding the e-mail whose confirmation link may be sent again. */
    public static final String UNCONFIRMED_EMAIL = "accounts.unconfirmedEmail";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = switch (exception) {
            case SignInExceptions.AccountLocked locked -> "error=locked&until=" + locked.until().getEpochSecond();
            case SignInExceptions.EmailNotConfirmed unconfirmed -> {
                request.getSession().setAttribute(UNCONFIRMED_EMAIL, unconfirmed.email());
                yield "error=unconfirmed";
            }
            case SignInExceptions.Throttled throttled -> "error=throttled";
            default -> "error=credentials";
        };
        response.sendRedirect(request.getContextPath() + "/sign-in?" + query);
    }
}
