package uz.muhokama.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountPrincipal;

/** Records a sign-out in the audit log. */
@Component
public class SignOutAuditHandler implements LogoutHandler {

    private final SignInService signIn;

    SignOutAuditHandler(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal person) {
            signIn.signedOut(person.userId(), person.email(), request.getRemoteAddr());
        }
    }
}
