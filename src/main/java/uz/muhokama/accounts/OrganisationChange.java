package uz.muhokama.accounts;

/**
 * An edit of an organisation. {@code version} is the version the editor saw: the change is refused when someone
 * else saved in between.
 */
public record OrganisationChange(OrganisationId id, int version, String code, OrganisationType type,
                                 OrganisationNames names, OrganisationId parent) {
}
