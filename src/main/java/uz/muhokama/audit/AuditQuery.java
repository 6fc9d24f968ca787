package uz.muhokama.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which audit events to show: of one type, with an actor containing a text, between two calendar days in Tashkent
 * (both included). Any part may be {@code null} (or blank) for no restriction.
 */
public record AuditQuery(String type, String actorText, LocalDate from, LocalDate to) {

    /** The zone in which the days of a query are meant. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
