package uz.muhokama.shared.i18n;

import java.util.Optional;
import uz.muhokama.shared.SupportedLocale;

/** Where a signed-in person's language is kept: implemented by the accounts module (the profile). */
public interface LocalePreference {

    Optional<SupportedLocale> preferredLocale(String username);

    void remember(String username, SupportedLocale locale);
}
