package uz.muhokama.problems;

/** A report as a point on the map: only what a marker shows and where a tap on it leads. */
public record ReportPin(ReportId id, double latitude, double longitude, String title, ProblemStatus status,
                        boolean overdue) {
}
