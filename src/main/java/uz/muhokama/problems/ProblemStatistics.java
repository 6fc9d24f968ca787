package uz.muhokama.problems;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public figures of problem reports for a {@link ProblemStatisticsFilter}: all together, per district, per category
 * and per organisation, and the density of reports on the map in cells of about half a kilometre. Only counts and
 * durations: nothing that names or places a person.
 *
 * @param computedAt the moment open reports were judged overdue or not
 */
public record ProblemStatistics(ProblemStatisticsFilter filter, Instant computedAt, Figures total,
                                List<Row> byDistrict, List<Row> byCategory, List<Row> byOrganisation,
                                List<HeatCell> heat) {

    /** The side of a heat-map cell in degrees: about 550 m north to south and 420 m east to west in Tashkent. */
    public static final double CELL_DEGREES = 0.005;

    /**
     * The figures of a set of reports.
     *
     * @param reports how many were made in the period
     * @param open how many are still open (new, acknowledged, in progress, scheduled, reopened)
     * @param byStatus how many are in each status now (every status present, zero included)
     * @param medianSecondsToAcknowledge the median time from the report to the organisation's first response (any
     *                                   status set by staff but duplicate), {@code null} when none was answered
     * @param medianSecondsToFix the median time from the report to the first time it was marked fixed, {@code null}
     *                           when none was
     * @param onTime reports first closed no later than their answer deadline (the extended one, if it was extended)
     * @param late reports first closed after their deadline, and open reports whose deadline has passed
     */
    public record Figures(int reports, int open, Map<ProblemStatus, Integer> byStatus,
                          Long medianSecondsToAcknowledge, Long medianSecondsToFix, int onTime, int late) {

        public int closed() {
            return reports - open;
        }

        /** Open reports still within their deadline: neither on time nor late yet. */
        public int pending() {
            return reports - onTime - late;
        }

        /** The share of judged reports answered on time, 0 to 1; {@code null} when none can be judged yet. */
        public Double onTimeShare() {
            int judged = onTime + late;
            return judged == 0 ? null : (double) onTime / judged;
        }
    }

    /**
     * The figures of one district, category or organisation.
     *
     * @param key the district's name, the category's code or the organisation's id; {@code null} for reports without
     *            a district, or without an organisation (the administrators' triage queue)
     * @param names how to call it in each language; {@code null} when {@code key} is
     */
    public record Row(String key, LocalizedText names, Figures figures) {
    }

    /**
     * A cell of the map with how many reports were made in it; the point is the cell's centre, never a report's place.
     */
    public record HeatCell(double lat, double lon, int reports) {
    }
}
