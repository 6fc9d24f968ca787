package uz.muhokama.problems.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Answer deadlines are days in Tashkent: a report made on a day with 15 days to answer is due by the end of the 15th
 * day after it. An extension (once, when the matter needs further study) runs to one month after the report's day.
 */
public final class Deadlines {

    public static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private Deadlines() {
    }

    public static Instant initial(Instant created, int days) {
        return endOf(day(created).plusDays(days));
    }

    public static Instant extended(Instant created) {
        return endOf(day(created).plusMonths(1));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(TASHKENT).toLocalDate();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TASHKENT).toInstant();
    }
}
