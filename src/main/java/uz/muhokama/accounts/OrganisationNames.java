package uz.muhokama.accounts;

import java.util.Locale;
import uz.muhokama.shared.SupportedLocale;

/** An organisation's name in the platform's four languages; all four are required. */
public record OrganisationNames(String uzLatn, String uzCyrl, String ru, String en) {

    /** The name in one language. */
    public String in(SupportedLocale locale) {
        return switch (locale) {
            case UZ_LATN -> uzLatn;
            case UZ_CYRL -> uzCyrl;
            case RU -> ru;
            case EN -> en;
        };
    }

    /** The name in the supported language closest to a locale. */
    public String in(Locale locale) {
        return in(SupportedLocale.closestTo(locale));
    }
}
