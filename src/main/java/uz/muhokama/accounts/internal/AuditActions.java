package uz.muhokama.accounts.internal;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uz.muhokama.shared.AuditableAction;

/** Publishes what an administrator did for the audit log, with who did it and from where. */
@Component
public class AuditActions {

    private final ApplicationEventPublisher events;
    private final JooqMembershipRepository people;

    private final SecurityContextHolderStrategy securityContexts;

    AuditActions(ApplicationEventPublisher events, JooqMembershipRepository people,
                 ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.events = events;
        this.people = people;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Publishes inside the caller's transaction, so that a rolled-back change leaves no trace in the log. */
    public void publish(String type, String target, String details) {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        String actor = authentication == null ? null : authentication.getName();
        Long actorId = actor == null ? null : people.findPersonByEmail(actor).map(Person::id).orElse(null);
        events.publishEvent(new AuditableAction(type, actorId, actor, target, details, remoteIp(), Instant.now()));
    }

    private static String remoteIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : null;
    }
}
