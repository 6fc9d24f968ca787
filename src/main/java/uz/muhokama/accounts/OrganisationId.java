package uz.muhokama.accounts;

/** The identity of an organisation, as other modules keep it (a draft's developer, a problem's responsible body). */
public record OrganisationId(long value) {
}
