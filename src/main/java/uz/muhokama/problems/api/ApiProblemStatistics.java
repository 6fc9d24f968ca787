package uz.muhokama.problems.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.muhokama.problems.ProblemStatistics;
import uz.muhokama.problems.ProblemStatus;

/**
 * The statistics of problem reports as the API serves them; names are in the language asked for.
 *
 * @param cellDegrees the side of a heat-map cell in degrees; each cell is given by its centre
 */
record ApiProblemStatistics(LocalDate from, LocalDate to, String category, String district, Long organisation,
                            Instant computedAt, Figures total, List<Row> districts, List<Row> categories,
                            List<Row> organisations, double cellDegrees, List<Cell> heat) {

    /**
     * Counts and durations of a set of reports; medians in seconds, {@code null} when nothing was answered or fixed;
     * {@code onTimeShare} from 0 to 1 over the reports that are on time or late.
     */
    record Figures(int reports, int open, int closed, Map<String, Integer> byStatus,
                   Long medianSecondsToAcknowledge, Long medianSecondsToFix, int onTime, int late, int pending,
                   Double onTimeShare) {

        static Figures of(ProblemStatistics.Figures f) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (ProblemStatus s : ProblemStatus.values()) {
                statuses.put(s.name(), f.byStatus().getOrDefault(s, 0));
            }
            return new Figures(f.reports(), f.open(), f.closed(), statuses, f.medianSecondsToAcknowledge(),
                    f.medianSecondsToFix(), f.onTime(), f.late(), f.pending(), f.onTimeShare());
        }
    }

    /**
     * A district, category or organisation: {@code key} is the district's name, the category's code or the
     * organisation's id, {@code null} for reports without a district or organisation.
     */
    record Row(String key, String name, Figures figures) {
    }

    /** How many reports were made in a cell of the map. */
    record Cell(double lat, double lon, int reports) {
    }
}
