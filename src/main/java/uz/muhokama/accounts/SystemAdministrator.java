package uz.muhokama.accounts;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.shared.Roles;

/**
 * Runs start-up work that no person does (loading demo data, naming the first administrator) with the rights of an
 * administrator, so that it goes through the same services, rules and audit log as a person would. The audit log
 * names the actor {@value #ACTOR}. Never call it on behalf of a request.
 */
@Component
public class SystemAdministrator {

    /** The name the audit log records for work done through this class. */
    public static final String ACTOR = "system";

    private final SecurityContextHolderStrategy securityContexts;

    SystemAdministrator(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Runs a task as the system administrator and restores the previous security context afterwards. */
    public <T> T call(Supplier<T> task) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext system = securityContexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        securityContexts.setContext(system);
        try {
            return task.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    /** Runs a task as the system administrator. */
    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }
}
