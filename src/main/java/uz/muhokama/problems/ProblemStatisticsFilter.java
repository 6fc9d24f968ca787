package uz.muhokama.problems;

import java.time.LocalDate;
import uz.muhokama.accounts.OrganisationId;

/**
 * Which reports the statistics count: those made on the days {@code from} to {@code to} (both included, Tashkent days),
 * narrowed to a category, a district and an organisation when these are given.
 *
 * @param categoryCode a category's code, or {@code null} for all
 * @param district a district as service areas name it, or {@code null} for all
 * @param organisation the responsible organisation, or {@code null} for all
 */
public record ProblemStatisticsFilter(LocalDate from, LocalDate to, String categoryCode, String district,
                                      OrganisationId organisation) {

    /** How many days the statistics cover when no period is given. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest period one may ask for: three years. */
    public static final int MAX_DAYS = 3 * 366;

    /** The last {@link #DEFAULT_DAYS} days up to and including {@code today}, nothing else narrowed. */
    public static ProblemStatisticsFilter lastDays(LocalDate today) {
        return new ProblemStatisticsFilter(today.minusDays(DEFAULT_DAYS - 1L), today, null, null, null);
    }
}
