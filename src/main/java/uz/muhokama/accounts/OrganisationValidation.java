package uz.muhokama.accounts;

/** The limits of an organisation's fields, shared by the service's checks and the forms' hints. */
public final class OrganisationValidation {

    /** 2–32 upper-case Latin letters, digits and hyphens. */
    public static final String CODE_PATTERN = "[A-Z0-9-]{2,32}";
    public static final int CODE_MAX_LENGTH = 32;
    public static final int NAME_MAX_LENGTH = 300;

    private OrganisationValidation() {
    }
}
