package uz.muhokama.problems;

import java.time.Instant;

/**
 * A report hidden from the public as abusive.
 *
 * @param changedAt when it was hidden (or last changed since)
 */
public record HiddenReport(ReportId id, String title, String categoryCode, Instant createdAt, Instant changedAt) {
}
