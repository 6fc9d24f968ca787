package uz.muhokama.support;

import java.security.Principal;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.AccountPrincipal;

/**
 * An account signed in as the sign-in leaves it (the principal carries the account id), for calling services
 * directly in tests.
 */
public record TestAccount(long userId, String email, String displayName) implements AccountPrincipal, Principal {

    public static TestAccount of(TestUsers.Created user) {
        return new TestAccount(user.id(), user.email(), user.displayName());
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public AccountPrincipal withDisplayName(String name) {
        return new TestAccount(userId, email, name);
    }

    /** Runs the work signed in as this account with these roles (without the {@code ROLE_} prefix). */
    public <T> T run(Supplier<T> work, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
