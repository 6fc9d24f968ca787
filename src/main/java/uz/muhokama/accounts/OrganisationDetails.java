package uz.muhokama.accounts;

import java.time.Instant;

/**
 * An organisation as people see it.
 *
 * @param parent the parent organisation, or {@code null}
 * @param parentCode the parent's code, or {@code null}
 * @param parentNames the parent's names, or {@code null}
 * @param memberCount how many people are members
 * @param version the optimistic-locking version an edit must quote
 */
public record OrganisationDetails(OrganisationId id, String code, OrganisationType type, OrganisationNames names,
                                  OrganisationId parent, String parentCode, OrganisationNames parentNames,
                                  int memberCount, Instant createdAt, int version) {
}
