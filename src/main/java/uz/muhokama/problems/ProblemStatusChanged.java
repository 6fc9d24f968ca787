package uz.muhokama.problems;

/**
 * A report's status changed (by staff, the reporter or a merge).
 *
 * @param updateId the public update that records the change
 */
public record ProblemStatusChanged(ReportId id, ProblemStatus from, ProblemStatus to, long updateId) {
}
