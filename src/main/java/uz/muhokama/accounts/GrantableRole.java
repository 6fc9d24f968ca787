package uz.muhokama.accounts;

import uz.muhokama.shared.Roles;

/** The roles an administrator grants directly; the others come from sign-up or membership. */
public enum GrantableRole {
    MODERATOR(Roles.MODERATOR),
    ADMIN(Roles.ADMIN);

    private final String role;

    GrantableRole(String role) {
        this.role = role;
    }

    /** The role's name as in {@link Roles}. */
    public String role() {
        return role;
    }
}
