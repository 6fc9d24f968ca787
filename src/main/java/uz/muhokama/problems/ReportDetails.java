package uz.muhokama.problems;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uz.muhokama.accounts.OrganisationId;

/**
 * A report's page.
 *
 * @param reporterName the reporter's name when the viewer may see it (the reporter chose to show it, or the viewer is
 *                     the responsible staff or an administrator); {@code null} means "a resident"
 * @param reporterEmail the reporter's e-mail, for the responsible staff and administrators only
 * @param mergedInto the report this one was merged into as a duplicate, or {@code null}
 * @param extensionReason why the deadline was extended, or {@code null} when it was not
 * @param token the Open311 token of the report
 */
public record ReportDetails(ReportId id, String title, String description, String categoryCode,
                            ProblemStatus status, double latitude, double longitude, String address,
                            String district, OrganisationId organisation, String reporterName, String reporterEmail,
                            Instant createdAt, Instant updatedAt, Instant deadline, boolean overdue,
                            String extensionReason, ReportId mergedInto, int supporters, String token,
                            Map<String, String> answers, List<Long> photoIds, List<ReportUpdate> history,
                            int version, boolean hidden) {

    public boolean extended() {
        return extensionReason != null;
    }
}
