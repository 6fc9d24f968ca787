package uz.muhokama.problems.internal;

import java.util.Set;
import uz.muhokama.shared.Roles;

/**
 * The person behind the current call.
 *
 * @param userId the account's id, or {@code null} when the caller is not a signed-in account (the system, a test)
 */
public record Actor(Long userId, String email, String displayName, Set<String> roles) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** The name the audit log records. */
    public String auditName() {
        return email == null ? "anonymous" : email;
    }
}
