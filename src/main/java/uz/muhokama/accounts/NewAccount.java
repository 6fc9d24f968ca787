package uz.muhokama.accounts;

import uz.muhokama.shared.SupportedLocale;

/** An account created by an administrator (or the demo data), confirmed at once. */
public record NewAccount(String email, String displayName, String password, SupportedLocale language) {

    @Override
    public String toString() {
        return "NewAccount[" + email + "]";
    }
}
