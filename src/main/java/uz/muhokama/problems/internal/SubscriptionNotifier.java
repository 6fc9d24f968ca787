package uz.muhokama.problems.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.muhokama.problems.ProblemReported;
import uz.muhokama.problems.ProblemStatusChanged;
import uz.muhokama.problems.internal.JooqSubscriptionRepository.SubscriptionRow;

/**
 * Tells subscribers of new reports and, when they asked, of status changes, after the report's transaction has
 * committed. The reporter is never told of their own report, and a report's followers and reporter already hear of
 * its status changes from {@link ProblemMails}, so subscriptions do not write to them a second time.
 */
@Component
class SubscriptionNotifier {

    private final JooqReportRepository reports;
    private final SubscriptionMatcher matcher;
    private final SubscriptionMails mails;

    SubscriptionNotifier(JooqReportRepository reports, SubscriptionMatcher matcher, SubscriptionMails mails) {
        this.reports = reports;
        this.matcher = matcher;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(ProblemReported event) {
        reports.find(event.id().value()).filter(r -> !r.hidden()).ifPresent(report -> {
            Set<Long> leaveOut = report.reporterId() == null ? Set.of() : Set.of(report.reporterId());
            List<SubscriptionRow> matches = matcher.matching(report, false, leaveOut);
            mails.send(report, null, matches, "new");
        });
    }

    @ApplicationModuleListener
    void on(ProblemStatusChanged event) {
        if (event.from() == event.to()) {
            return;
        }
        reports.find(event.id().value()).filter(r -> !r.hidden()).ifPresent(report -> {
            Set<Long> leaveOut = new HashSet<>();
            if (report.reporterId() != null) {
                leaveOut.add(report.reporterId());
            }
            reports.followers(report.id()).forEach(f -> leaveOut.add(f.userId()));
            mails.send(report, event.to(), matcher.matching(report, true, leaveOut), "update:" + event.updateId());
        });
    }
}
