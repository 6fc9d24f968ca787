package uz.muhokama.problems;

import uz.muhokama.accounts.OrganisationId;

/** A new report was accepted; {@code organisation} is {@code null} when it went to triage. */
public record ProblemReported(ReportId id, String categoryCode, OrganisationId organisation) {
}
