package uz.muhokama.accounts;

import java.time.Instant;

/**
 * A person's membership in an organisation.
 *
 * @param role {@link uz.muhokama.shared.Roles#AGENCY_EDITOR} or {@link uz.muhokama.shared.Roles#UTILITY_STAFF}
 */
public record MembershipView(OrganisationId organisationId, String organisationCode, OrganisationType organisationType,
                             OrganisationNames organisationNames, String role, Instant since) {
}
