package uz.muhokama.problems;

import java.time.Instant;
import uz.muhokama.accounts.OrganisationId;

/**
 * A report in a list or on a map.
 *
 * @param thumbnailPhotoId the first photo, to show its thumbnail, or {@code null}
 */
public record ReportSummary(ReportId id, String title, String categoryCode, ProblemStatus status, double latitude,
                            double longitude, String address, String district, OrganisationId organisation,
                            Instant createdAt, Instant deadline, boolean overdue, int supporters,
                            Long thumbnailPhotoId) {
}
