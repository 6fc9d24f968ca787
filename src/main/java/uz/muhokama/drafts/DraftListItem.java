package uz.muhokama.drafts;

import java.time.Instant;
import uz.muhokama.accounts.OrganisationId;

/**
 * A draft as the list shows it.
 *
 * @param comments how many comments it has, replies included
 */
public record DraftListItem(DraftId id, OrganisationId organisation, DraftActType type, String number, String titleUz,
                            String titleRu, DraftStatus status, Instant start, Instant end, Instant createdAt,
                            int comments) {
}
