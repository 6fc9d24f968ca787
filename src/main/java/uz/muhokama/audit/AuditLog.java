package uz.muhokama.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.audit.internal.JooqAuditEventRepository;

/** Reading the audit log, newest first; for administrators only. Events are recorded from published actions. */
@Service
public class AuditLog {

    private final JooqAuditEventRepository events;

    AuditLog(JooqAuditEventRepository events) {
        this.events = events;
    }

    /** One page of matching events, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return events.find(query == null ? AuditQuery.ALL : query, offset, limit);
    }

    /** How many events match. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(AuditQuery query) {
        return events.count(query == null ? AuditQuery.ALL : query);
    }

    /** The event types recorded so far, alphabetically, for a filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> types() {
        return events.types();
    }
}
