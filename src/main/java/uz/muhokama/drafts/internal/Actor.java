package uz.muhokama.drafts.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountPrincipal;

/** Who is acting in the current request: the signed-in person's account, name for the audit log, and roles. */
@Component
public class Actor {

    private final SecurityContextHolderStrategy securityContexts;

    Actor(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in person's account id, or null for anonymous visitors and the system. */
    public Long id() {
        Authentication authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal person) {
            return person.userId();
        }
        return null;
    }

    /** The name the audit log records: the sign-in name, or "system". */
    public String name() {
        Authentication authentication = authentication();
        return authentication == null ? "system" : authentication.getName();
    }

    public boolean has(String role) {
        Authentication authentication = authentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private Authentication authentication() {
        return securityContexts.getContext().getAuthentication();
    }
}
