package uz.muhokama.shared;

import java.time.Instant;

/**
 * A security-relevant event for the audit log. Any module publishes it (inside its transaction) through Spring's
 * event publisher; the audit module records it after the commit, through Spring Modulith's event publication registry
 * so that none is lost.
 *
 * @param type what happened, upper snake case ({@code SIGN_IN_FAILED}, {@code MEMBERSHIP_GRANTED})
 * @param actorId the person who acted, if known
 * @param actor the person who acted as text (e-mail), or the e-mail that was tried
 * @param target what was acted upon ({@code user:42}, {@code organisation:MINFIN})
 * @param details a short human-readable note, never a password or token
 * @param remoteIp the client address, if the action came from a request
 * @param occurredAt when it happened
 */
public record AuditableAction(String type, Long actorId, String actor, String target, String details, String remoteIp,
                              Instant occurredAt) {
}
