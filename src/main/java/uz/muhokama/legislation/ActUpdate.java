package uz.muhokama.legislation;

import java.time.Instant;

/**
 * An act that was added or got a new edition, as the news feed lists it.
 *
 * @param act the act
 * @param updatedAt when it last changed
 */
public record ActUpdate(ActSummary act, Instant updatedAt) {
}
