package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * An act lost force because of another.
 *
 * @param repealed the act that lost force
 * @param repealing the act (and, when known, its provision) that made it lose force
 * @param lostForceOn the first day it no longer holds
 */
public record Repeal(ActSummary repealed, ProvisionRef repealing, LocalDate lostForceOn) {
}
