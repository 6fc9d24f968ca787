package uz.muhokama.accounts;

import uz.muhokama.shared.SupportedLocale;

/**
 * What a person sees and edits on their profile page.
 *
 * @param version the row version to send back with a change (optimistic locking)
 * @param hasPassword false for an account created through OpenID Connect that never set a password
 */
public record Profile(long userId, String email, String displayName, String pseudonym, PublicNameChoice publicName,
                      SupportedLocale language, boolean hasPassword, int version) {

    /** The name shown next to the person's public contributions. */
    public String publicDisplayName() {
        return publicName == PublicNameChoice.NAME ? displayName : pseudonym;
    }
}
