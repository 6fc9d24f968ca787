package uz.muhokama.accounts;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person who signed in through an OpenID Connect provider (OneID). Carries the same authorities as a password
 * sign-in, and is named by the account's e-mail, so that the rest of the platform need not know the difference.
 */
public final class OidcAccountUser extends DefaultOidcUser implements AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;

    public OidcAccountUser(long userId, String email, String displayName,
                           Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                           OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public OidcAccountUser withDisplayName(String newDisplayName) {
        return new OidcAccountUser(userId, email, newDisplayName, getAuthorities(), getIdToken(), getUserInfo());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccountUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
