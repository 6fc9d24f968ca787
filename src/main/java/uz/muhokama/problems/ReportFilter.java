package uz.muhokama.problems;

import java.time.Instant;
import uz.muhokama.accounts.OrganisationId;

/**
 * Which reports a list shows; every field is optional.
 *
 * @param from reports created at or after
 * @param to reports created before
 * @param triage only reports that no organisation has (the administrators' queue)
 */
public record ReportFilter(String categoryCode, ProblemStatus status, String district, OrganisationId organisation,
                           Instant from, Instant to, boolean overdueOnly, boolean triage) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null, null, false, false);

    public ReportFilter withOrganisation(OrganisationId id) {
        return new ReportFilter(categoryCode, status, district, id, from, to, overdueOnly, triage);
    }
}
