package uz.muhokama.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountUser;
import uz.muhokama.accounts.OidcAccountUser;

/** Turns a person coming back from OneID (or any OpenID Connect provider) into one of our accounts. */
@Component
@ConditionalOnProperty(name = "muhokama.oidc.enabled", havingValue = "true")
class OneIdUserService extends OidcUserService {

    private final OidcAccounts accounts;

    OneIdUserService(OidcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = super.loadUser(request);
        AccountUser user = accounts.signIn(request.getClientRegistration().getRegistrationId(),
                external.getSubject(), external.getEmail(), Boolean.TRUE.equals(external.getEmailVerified()),
                external.getFullName());
        return new OidcAccountUser(user.userId(), user.email(), user.displayName(), user.getAuthorities(),
                external.getIdToken(), external.getUserInfo());
    }
}
