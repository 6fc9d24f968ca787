package uz.muhokama.accounts;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.shared.Roles;

/**
 * Runs work as the platform itself, with the ADMIN role, for jobs that no person starts (demo data at start-up).
 * Every use is a deliberate exception to "a person is signed in": search for callers before adding one. Meant for
 * threads outside a Vaadin request: inside one, Vaadin reads the security context from the person's session, so the
 * signed-in person's own rights apply and nobody gains ADMIN by accident.
 */
public final class SystemActor {

    /** The principal name written in audit records of system work. */
    public static final String NAME = "system";

    private SystemActor() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
