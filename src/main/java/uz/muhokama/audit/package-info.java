/**
 * The append-only audit log of security-relevant events, recorded from {@link uz.muhokama.shared.AuditableAction}
 * events and shown to administrators.
 */
package uz.muhokama.audit;
