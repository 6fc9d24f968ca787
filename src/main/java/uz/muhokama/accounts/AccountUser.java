package uz.muhokama.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who signed in with e-mail and password. The password hash is erased once sign-in has succeeded. */
public final class AccountUser implements UserDetails, CredentialsContainer, AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private String passwordHash;
    private final String displayName;
    private final boolean emailConfirmed;
    private final boolean locked;
    private final List<GrantedAuthority> authorities;

    public AccountUser(long userId, String email, String passwordHash, String displayName, boolean emailConfirmed,
                       boolean locked, Collection<? extends GrantedAuthority> authorities) {
        this.userId = userId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.emailConfirmed = emailConfirmed;
        this.locked = locked;
        this.authorities = List.copyOf(authorities);
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
    public AccountUser withDisplayName(String newDisplayName) {
        return new AccountUser(userId, email, null, newDisplayName, emailConfirmed, locked, authorities);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return emailConfirmed;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountUser[" + userId + "]";
    }
}
