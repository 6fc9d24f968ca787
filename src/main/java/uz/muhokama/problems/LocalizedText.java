package uz.muhokama.problems;

import java.util.Locale;
import uz.muhokama.shared.SupportedLocale;

/** A short text in the platform's four languages (a category's name, a question). */
public record LocalizedText(String uzLatn, String uzCyrl, String ru, String en) {

    /** The text in the closest supported language. */
    public String in(Locale locale) {
        return switch (SupportedLocale.closestTo(locale)) {
            case UZ_LATN -> uzLatn;
            case UZ_CYRL -> uzCyrl;
            case RU -> ru;
            case EN -> en;
        };
    }
}
