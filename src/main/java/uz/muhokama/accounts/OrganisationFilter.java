package uz.muhokama.accounts;

/**
 * Which organisations to list: by type (or {@code null} for all) and by text found in the code or any of the names
 * (or blank for all).
 */
public record OrganisationFilter(OrganisationType type, String text) {

    public static final OrganisationFilter ALL = new OrganisationFilter(null, null);
}
