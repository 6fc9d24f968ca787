package uz.muhokama.problems.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountPrincipal;

/** Reads who is calling from the security context. */
@Component
public class Actors {

    private final SecurityContextHolderStrategy securityContexts;

    Actors(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Actor current() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Actor(null, null, null, Set.of());
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority().startsWith("ROLE_") ? a.getAuthority().substring(5) : a.getAuthority())
                .collect(Collectors.toUnmodifiableSet());
        if (authentication.getPrincipal() instanceof AccountPrincipal person) {
            return new Actor(person.userId(), person.email(), person.displayName(), roles);
        }
        return new Actor(null, authentication.getName(), authentication.getName(), roles);
    }
}
