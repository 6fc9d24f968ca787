package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * One edition: the act's text in one language, valid from a date to a date ({@code validTo} empty while current).
 */
public record EditionInfo(long id, String language, LocalDate validFrom, LocalDate validTo, String title) {

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
