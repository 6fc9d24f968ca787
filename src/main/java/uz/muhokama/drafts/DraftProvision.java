package uz.muhokama.drafts;

import uz.muhokama.legislation.ProvisionKind;

/**
 * One provision of a version of a draft.
 *
 * @param eId its id in this version, used in permalinks ({@code chp_1__art_3})
 * @param stableKey names the same provision in every version, so that comments follow it across versions
 */
public record DraftProvision(ProvisionKind kind, String number, String heading, String text, String eId,
                             String stableKey) {
}
