package uz.muhokama.problems;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.problems.internal.JooqReportRepository;

/**
 * Public reports as points for the map, read apart from the list: a marker needs six columns, not the report with
 * its texts and thumbnail, and the map asks for up to two thousand at a time.
 */
@Service
public class ProblemMapService {

    private final JooqReportRepository reports;
    private final Clock clock;

    ProblemMapService(JooqReportRepository reports, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The newest public reports matching the filter, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    public List<ReportPin> pins(ReportFilter filter, int limit) {
        return reports.pins(filter == null ? ReportFilter.ALL : filter, clock.instant(), Math.max(0, limit));
    }
}
