package uz.muhokama.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AuditActions;
import uz.muhokama.accounts.internal.JooqMembershipRepository;
import uz.muhokama.accounts.internal.JooqOrganisationRepository;
import uz.muhokama.accounts.internal.Person;

/**
 * Who works for which organisation. A member of a ministry or agency is an agency editor, a member of a utility is
 * utility staff; the role follows from the organisation's type. Only an administrator adds or removes members.
 */
@Service
public class MembershipService {

    public static final String GRANTED = "MEMBERSHIP_GRANTED";
    public static final String REVOKED = "MEMBERSHIP_REVOKED";

    private final JooqMembershipRepository memberships;
    private final JooqOrganisationRepository organisations;
    private final AuditActions audit;

    MembershipService(JooqMembershipRepository memberships, JooqOrganisationRepository organisations,
                      AuditActions audit) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * Makes the person with an e-mail (any letter case) a member of an organisation.
     *
     * @throws AdministrationException for an unknown organisation or e-mail, or a person who already is a member
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MemberView addMember(OrganisationId organisationId, String email) {
        OrganisationDetails organisation = organisation(organisationId);
        Person person = person(email);
        if (memberships.isMember(person.id(), organisationId)) {
            throw new AdministrationException("email", "accounts.admin.error.alreadyMember", person.email());
        }
        String role = organisation.type().memberRole();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        memberships.insert(person.id(), organisationId, role, now);
        audit.publish(GRANTED, "user:" + person.id(), role + " in " + organisation.code());
        return new MemberView(person.id(), person.displayName(), person.email(), role, now);
    }

    /**
     * Ends a person's membership in an organisation.
     *
     * @throws AdministrationException when the organisation is unknown or the person is not a member
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeMember(OrganisationId organisationId, long userId) {
        OrganisationDetails organisation = organisation(organisationId);
        if (!memberships.delete(userId, organisationId)) {
            throw AdministrationException.of("accounts.admin.error.notMember");
        }
        audit.publish(REVOKED, "user:" + userId, organisation.type().memberRole() + " in " + organisation.code());
    }

    /** The members of an organisation with their e-mails, by name; for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<MemberView> membersOf(OrganisationId organisationId) {
        return memberships.members(organisationId);
    }

    /** The organisations a person belongs to, by code; for any module that decides what a person may do. */
    @Transactional(readOnly = true)
    public List<MembershipView> membershipsOf(long userId) {
        return memberships.membershipsOf(userId);
    }

    /** Whether a person is a member of an organisation (an editor of its drafts, staff of a utility). */
    @Transactional(readOnly = true)
    public boolean isMember(long userId, OrganisationId organisationId) {
        return memberships.isMember(userId, organisationId);
    }

    private OrganisationDetails organisation(OrganisationId id) {
        return organisations.find(id)
                .orElseThrow(() -> AdministrationException.of("accounts.admin.error.organisationNotFound"));
    }

    private Person person(String email) {
        if (email == null || email.isBlank()) {
            throw new AdministrationException("email", "accounts.admin.error.emailRequired");
        }
        return memberships.findPersonByEmail(email)
                .orElseThrow(() -> new AdministrationException("email", "accounts.admin.error.unknownEmail", email.strip()));
    }
}
