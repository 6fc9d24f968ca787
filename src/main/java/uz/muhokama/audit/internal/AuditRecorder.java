package uz.muhokama.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.muhokama.shared.AuditableAction;

/**
 * Writes every published action to the log once its transaction has committed; the event publication registry keeps
 * the action until this succeeds, so none is lost if the process stops in between.
 */
@Component
class AuditRecorder {

    private final JooqAuditEventRepository events;

    AuditRecorder(JooqAuditEventRepository events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AuditableAction action) {
        events.insert(action);
    }
}
