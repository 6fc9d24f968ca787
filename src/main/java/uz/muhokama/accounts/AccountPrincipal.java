package uz.muhokama.accounts;

import uz.muhokama.shared.SignedInPerson;

/**
 * The person behind a signed-in session, whether they signed in with a password ({@link AccountUser}) or through
 * OpenID Connect ({@link OidcAccountUser}). Other modules may read the account's id from it.
 */
public interface AccountPrincipal extends SignedInPerson {

    /** The account's id ({@code app_user.id}). */
    long userId();

    /** The account's e-mail address, lower case; also the principal's name. */
    String email();

    /** The same principal with another display name, after the person changed it. */
    AccountPrincipal withDisplayName(String displayName);
}
