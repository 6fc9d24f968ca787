package uz.muhokama.drafts;

import uz.muhokama.accounts.OrganisationId;

/**
 * What the public list of drafts is narrowed to; null means any. Unpublished drafts are never listed.
 *
 * @param open true for drafts open for comments, false for the rest
 * @param text words looked for in the titles and the number
 */
public record DraftFilter(DraftStatus status, OrganisationId organisation, DraftActType type, Boolean open,
                          String text, DraftSort sort) {

    public static DraftFilter all() {
        return new DraftFilter(null, null, null, null, null, DraftSort.NEWEST);
    }
}
