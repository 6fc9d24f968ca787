package uz.muhokama.shared;

/**
 * The platform's roles, as written in {@code @RolesAllowed} and {@code hasRole(...)}. CITIZEN is everyone signed in;
 * AGENCY_EDITOR and UTILITY_STAFF come from membership in an organisation; MODERATOR and ADMIN are granted.
 */
public final class Roles {

    public static final String CITIZEN = "CITIZEN";
    public static final String AGENCY_EDITOR = "AGENCY_EDITOR";
    public static final String UTILITY_STAFF = "UTILITY_STAFF";
    public static final String MODERATOR = "MODERATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
