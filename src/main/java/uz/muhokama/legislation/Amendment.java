package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * A provision of one act inserted, substituted or repealed a provision of another.
 *
 * @param id the relation
 * @param amending the provision that made the change
 * @param target the provision changed
 * @param kind what it did
 * @param inForceFrom from when the change holds
 */
public record Amendment(long id, ProvisionRef amending, ProvisionRef target, AmendmentKind kind,
                        LocalDate inForceFrom) {
}
