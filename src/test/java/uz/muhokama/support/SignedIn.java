package uz.muhokama.support;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs a piece of a test as someone else, for preparing data a test's own user may not create. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Runs an action as an administrator with the given e-mail, then restores whoever was signed in. */
    public static <T> T asAdmin(String email, Supplier<T> action) {
        return as(email, action, "ADMIN");
    }

    public static <T> T asAdmin(Supplier<T> action) {
        return asAdmin("test-admin@example.test", action);
    }

    public static void asAdmin(Runnable action) {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }

    /** The strategy the running test's application context checks permissions with. */
    private static SecurityContextHolderStrategy strategy() {
        ApplicationContext context = CurrentTestContext.applicationContext();
        if (context == null) {
            return SecurityContextHolder.getContextHolderStrategy();
        }
        return context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A security context with a person signed in, holding the given roles (without the {@code ROLE_} prefix). */
    public static SecurityContext context(TestPerson person, String... roles) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        return context;
    }

    public static <T> T as(String email, Supplier<T> action, String... roles) {
        SecurityContextHolderStrategy strategy = strategy();
        SecurityContext previous = strategy.getContext();
        strategy.setContext(context(new TestPerson(email, email), roles));
        try {
            return action.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
