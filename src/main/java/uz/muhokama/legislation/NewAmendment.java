package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * An amendment as an editor records it from the amended act's page.
 *
 * @param targetActId the act amended
 * @param targetEId its provision that was changed
 * @param amendingActNumber the amending act's number as written, in any script ({@code PQ-4699}, {@code ЎРҚ-798})
 * @param amendingEId the amending act's provision that made the change
 * @param kind what it did
 * @param inForceFrom from when the change holds; not before the amending act was adopted
 */
public record NewAmendment(long targetActId, String targetEId, String amendingActNumber, String amendingEId,
                           AmendmentKind kind, LocalDate inForceFrom) {
}
