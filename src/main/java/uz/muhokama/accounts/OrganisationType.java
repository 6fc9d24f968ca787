package uz.muhokama.accounts;

import uz.muhokama.shared.Roles;

/** What kind of body an organisation is; the kind decides the role its members get. */
public enum OrganisationType {
    MINISTRY,
    AGENCY,
    UTILITY;

    /** The role a member of such an organisation holds: editors publish drafts, utility staff resolve problems. */
    public String memberRole() {
        return this == UTILITY ? Roles.UTILITY_STAFF : Roles.AGENCY_EDITOR;
    }
}
