package uz.muhokama.problems;

import java.time.Instant;

/**
 * A report as Open311 GeoReport v2 describes a service request.
 *
 * @param status {@code open} or {@code closed}
 * @param statusNotes the last public note, or {@code null}
 * @param expectedAt the answer deadline
 * @param photoId the first photo, whose public address becomes {@code media_url}, or {@code null}
 */
public record Open311Request(String serviceRequestId, String status, String statusNotes, String serviceCode,
                             Category category, String description, String agencyResponsible, Instant requestedAt,
                             Instant updatedAt, Instant expectedAt, String address, double latitude,
                             double longitude, Long photoId, String detailedStatus) {
}
