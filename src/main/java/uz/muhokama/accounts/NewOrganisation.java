package uz.muhokama.accounts;

/**
 * What an administrator enters to create an organisation.
 *
 * @param code the short code, 2–32 upper-case letters, digits or hyphens, unique ({@code MINFIN})
 * @param parent the organisation this one belongs to, or {@code null}
 */
public record NewOrganisation(String code, OrganisationType type, OrganisationNames names, OrganisationId parent) {
}
