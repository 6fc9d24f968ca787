package uz.muhokama.problems;

import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;

/**
 * Who receives a report at a place: the organisation whose service area covers the place and the category, or, when
 * none does, the administrators' triage queue ({@link #organisation()} is {@code null}).
 */
public record Routing(OrganisationId organisation, OrganisationNames names, String district) {

    public boolean isTriage() {
        return organisation == null;
    }
}
