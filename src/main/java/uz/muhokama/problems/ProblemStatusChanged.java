package uz.muhokama.problems;

/** A report's status changed (by staff, the reporter or a merge). */
public record ProblemStatusChanged(ReportId id, ProblemStatus from, ProblemStatus to) {
}
