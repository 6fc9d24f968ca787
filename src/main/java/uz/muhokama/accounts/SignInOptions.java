package uz.muhokama.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which ways of signing in the sign-in page offers besides e-mail and password. */
@Component
public class SignInOptions {

    /** The client registration id of the national OneID in {@code spring.security.oauth2.client.registration}. */
    public static final String ONE_ID = "oneid";

    private final boolean oneIdEnabled;

    SignInOptions(@Value("${muhokama.oidc.enabled:false}") boolean oneIdEnabled) {
        this.oneIdEnabled = oneIdEnabled;
    }

    public boolean oneIdEnabled() {
        return oneIdEnabled;
    }

    /** Where the "Sign in with OneID" button leads: Spring Security starts the redirect there. */
    public String oneIdPath() {
        return "oauth2/authorization/" + ONE_ID;
    }
}
