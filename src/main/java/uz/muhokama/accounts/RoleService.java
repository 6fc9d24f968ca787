package uz.muhokama.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AuditActions;
import uz.muhokama.accounts.internal.JooqMembershipRepository;
import uz.muhokama.accounts.internal.JooqRoleRepository;
import uz.muhokama.accounts.internal.Person;

/**
 * Grants and revokes the moderator and administrator roles. Only an administrator may, and the last administrator's
 * role cannot be revoked, so the platform always keeps one.
 */
@Service
public class RoleService {

    public static final String GRANTED = "ROLE_GRANTED";
    public static final String REVOKED = "ROLE_REVOKED";

    private final JooqRoleRepository roles;
    private final JooqMembershipRepository people;
    private final AuditActions audit;

    RoleService(JooqRoleRepository roles, JooqMembershipRepository people, AuditActions audit) {
        this.roles = roles;
        this.people = people;
        this.audit = audit;
    }

    /**
     * Grants a role to the person with an e-mail (any letter case).
     *
     * @throws AdministrationException for an unknown e-mail or a person who already holds the role
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoleHolder grant(String email, GrantableRole role) {
        require(role);
        Person person = person(email);
        if (roles.has(person.id(), role)) {
            throw new AdministrationException("email", "accounts.admin.error.alreadyHasRole", person.email());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        roles.grant(person.id(), role, now);
        audit.publish(GRANTED, "user:" + person.id(), role.name());
        return new RoleHolder(person.id(), person.displayName(), person.email(), role, now);
    }

    /**
     * Revokes a role from the person with an e-mail.
     *
     * @throws AdministrationException for an unknown e-mail, a person without the role, or the last administrator
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(String email, GrantableRole role) {
        require(role);
        Person person = person(email);
        if (role == GrantableRole.ADMIN) {
            List<Long> admins = roles.lockHolders(GrantableRole.ADMIN);
            if (admins.size() == 1 && admins.contains(person.id())) {
                throw new AdministrationException("email", "accounts.admin.error.lastAdmin");
            }
        }
        if (!roles.revoke(person.id(), role)) {
            throw new AdministrationException("email", "accounts.admin.error.hasNoRole", person.email());
        }
        audit.publish(REVOKED, "user:" + person.id(), role.name());
    }

    /** Everyone holding a granted role, by role and name; for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<RoleHolder> holders() {
        return roles.holders();
    }

    private static void require(GrantableRole role) {
        if (role == null) {
            throw new AdministrationException("role", "accounts.admin.error.roleRequired");
        }
    }

    private Person person(String email) {
        if (email == null || email.isBlank()) {
            throw new AdministrationException("email", "accounts.admin.error.emailRequired");
        }
        return people.findPersonByEmail(email)
                .orElseThrow(() -> new AdministrationException("email", "accounts.admin.error.unknownEmail", email.strip()));
    }
}
