package uz.muhokama.problems.internal;

import java.time.Instant;
import java.util.List;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.problems.ReportDetails;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportSummary;
import uz.muhokama.problems.ReportUpdate;

/** Rows as the module's API shows them; who is asking decides whether the reporter is named. */
public final class ReportViews {

    private ReportViews() {
    }

    public static ReportSummary summary(ReportRow r, Long thumbnail, Instant now) {
        return new ReportSummary(new ReportId(r.id()), r.title(), r.categoryCode(), r.status(), r.latitude(),
                r.longitude(), r.address(), r.district(), organisation(r), r.createdAt(), r.deadline(),
                r.overdueAt(now), r.supporters(), thumbnail);
    }

    /**
     * @param privileged the viewer is the responsible staff or an administrator: they see who reported
     */
    public static ReportDetails details(ReportRow r, boolean privileged, List<Long> photos,
                                        List<ReportUpdate> history, Instant now) {
        String name = privileged || r.showName() ? r.reporterName() : null;
        return new ReportDetails(new ReportId(r.id()), r.title(), r.description(), r.categoryCode(), r.status(),
                r.latitude(), r.longitude(), r.address(), r.district(), organisation(r), name,
                privileged ? r.reporterEmail() : null, r.createdAt(), r.updatedAt(), r.deadline(), r.overdueAt(now),
                r.extended() ? r.extensionReason() : null,
                r.mergedIntoId() == null ? null : new ReportId(r.mergedIntoId()), r.supporters(),
                privileged ? r.token() : null, Answers.read(r.attributes()), photos, history, r.version(),
                r.hidden());
    }

    private static OrganisationId organisation(ReportRow r) {
        return r.organisationId() == null ? null : new OrganisationId(r.organisationId());
    }
}
