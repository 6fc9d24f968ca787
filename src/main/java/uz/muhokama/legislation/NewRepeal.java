package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * An act's loss of force as an editor records it from that act's page.
 *
 * @param repealedActId the act that lost force
 * @param repealingActNumber the number of the act that made it lose force, in any script
 * @param repealingEId that act's provision, if one is named (else {@code null})
 * @param lostForceOn the first day it no longer holds; not before the repealing act was adopted
 */
public record NewRepeal(long repealedActId, String repealingActNumber, String repealingEId, LocalDate lostForceOn) {
}
