package uz.muhokama.accounts;

import uz.muhokama.shared.SupportedLocale;

/** What the sign-up form sends; {@code language} is the page's language, used for the confirmation e-mail. */
public record SignUpRequest(String email, String displayName, String password, String passwordRepeat,
                            boolean consent, SupportedLocale language) {

    @Override
    public String toString() {
        return "SignUpRequest[" + email + "]";
    }
}
