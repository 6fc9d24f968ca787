package uz.muhokama.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four languages of the platform; Uzbek in Latin script is the default. */
public enum SupportedLocale {
    UZ_LATN("uz-Latn", "Oʻzbekcha"),
    UZ_CYRL("uz-Cyrl", "Ўзбекча"),
    RU("ru", "Русский"),
    EN("en", "English");

    public static final SupportedLocale DEFAULT = UZ_LATN;

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    SupportedLocale(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** BCP 47 tag, as stored in profiles and cookies and written into the page's {@code lang}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(SupportedLocale::locale).toList();
    }

    public static Optional<SupportedLocale> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }

    /**
     * The closest supported language: a bare {@code uz} is Latin script, {@code uz-Cyrl} (or {@code uz-UZ} with Cyrillic
     * script) is Cyrillic, any other language falls back to the default.
     */
    public static SupportedLocale closestTo(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return switch (locale.getLanguage()) {
            case "uz" -> "Cyrl".equalsIgnoreCase(locale.getScript()) ? UZ_CYRL : UZ_LATN;
            case "ru" -> RU;
            case "en" -> EN;
            default -> DEFAULT;
        };
    }
}
