package uz.muhokama.audit;

import java.time.Instant;

/** One recorded event of the audit log; see {@link uz.muhokama.shared.AuditableAction} for the fields. */
public record AuditEntry(long id, Instant occurredAt, String type, Long actorId, String actor, String target,
                         String details, String remoteIp) {
}
