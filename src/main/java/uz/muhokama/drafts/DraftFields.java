package uz.muhokama.drafts;

import uz.muhokama.accounts.OrganisationId;

/**
 * What an editor writes about a draft: the developer agency, the act's type, its number, and title and summary in
 * Uzbek (Latin) and Russian, all four required.
 */
public record DraftFields(OrganisationId organisation, DraftActType type, String number, String titleUz,
                          String titleRu, String summaryUz, String summaryRu) {
}
