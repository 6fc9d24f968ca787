package uz.muhokama.accounts.internal;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.shared.AuditableAction;

/** Publishes the accounts module's security events; always joins the caller's transaction. */
@Component
public class AccountAudit {

    private final ApplicationEventPublisher events;

    AccountAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String type, Long userId, String email, String details, String remoteIp) {
        events.publishEvent(new AuditableAction(type, userId, email, userId == null ? null : "user:" + userId,
                details, remoteIp, Instant.now()));
    }
}
