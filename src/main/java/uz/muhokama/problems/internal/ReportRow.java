package uz.muhokama.problems.internal;

import java.time.Instant;
import uz.muhokama.problems.ProblemStatus;

/** A report row as the services work with it; staff-only columns included. */
public record ReportRow(long id, long categoryId, String categoryCode, double latitude, double longitude,
                        String address, String district, String title, String description, ProblemStatus status,
                        Long organisationId, Long reporterId, String reporterName, String reporterEmail,
                        boolean showName, Long clientId, String attributes, Instant deadline, boolean extended,
                        String extensionReason, Long mergedIntoId, String token, boolean hidden, int supporters,
                        Instant acknowledgedAt, Instant fixedAt, Instant createdAt, Instant updatedAt, int version) {

    /** Whether the report is open and past its deadline at the given moment. */
    public boolean overdueAt(Instant now) {
        return status.isOpen() && now.isAfter(deadline);
    }
}
