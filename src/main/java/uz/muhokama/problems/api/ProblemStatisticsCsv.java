package uz.muhokama.problems.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistics as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte order mark so that spreadsheet programs read
 * Cyrillic and ʻ): one line for all reports, then one per district, category and organisation. A cell a spreadsheet
 * would take for a formula is prefixed with an apostrophe.
 */
final class ProblemStatisticsCsv {

    private ProblemStatisticsCsv() {
    }

    static String write(ApiProblemStatistics s) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("dimension", "key", "name", "reports", "open", "closed"));
        s.total().byStatus().keySet().forEach(status -> header.add("status_" + status.toLowerCase(Locale.ROOT)));
        header.addAll(List.of("median_seconds_to_acknowledge", "median_seconds_to_fix", "on_time", "late", "pending",
                "on_time_share"));
        line(out, header);
        line(out, row("total", new ApiProblemStatistics.Row(null, null, s.total())));
        s.districts().forEach(r -> line(out, row("district", r)));
        s.categories().forEach(r -> line(out, row("category", r)));
        s.organisations().forEach(r -> line(out, row("organisation", r)));
        return out.toString();
    }

    private static List<String> row(String dimension, ApiProblemStatistics.Row row) {
        ApiProblemStatistics.Figures f = row.figures();
        List<String> cells = new ArrayList<>(List.of(dimension, text(row.key()), text(row.name()),
                Integer.toString(f.reports()), Integer.toString(f.open()), Integer.toString(f.closed())));
        f.byStatus().values().forEach(n -> cells.add(Integer.toString(n)));
        cells.addAll(List.of(text(f.medianSecondsToAcknowledge()), text(f.medianSecondsToFix()),
                Integer.toString(f.onTime()), Integer.toString(f.late()), Integer.toString(f.pending()),
                f.onTimeShare() == null ? "" : String.format(Locale.ROOT, "%.4f", f.onTimeShare())));
        return cells;
    }

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
