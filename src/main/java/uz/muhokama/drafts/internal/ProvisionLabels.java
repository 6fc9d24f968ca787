package uz.muhokama.drafts.internal;

import java.util.Locale;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * A provision's label with its heading ("3-modda. Kuchga kirishi", "Статья 3. Вступление в силу") in the language of
 * the heading itself, so that the label never reads in another language than the words beside it.
 */
@Component
public class ProvisionLabels {

    private final Translations translations;

    ProvisionLabels(Translations translations) {
        this.translations = translations;
    }

    /** The label, or null when the proposal is about the whole draft (kind null). */
    public String label(ProvisionKind kind, String number, String heading) {
        if (kind == null) {
            return null;
        }
        String cleanHeading = heading == null ? "" : heading.strip();
        String label = number == null || number.isBlank() ? ""
                : translations.getTranslation("drafts.label." + kind.name(), languageOf(cleanHeading), number);
        return (label + " " + cleanHeading).strip();
    }

    static Locale languageOf(String text) {
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return SupportedLocale.UZ_LATN.locale();
        }
        return text.chars().anyMatch(c -> "ўқғҳЎҚҒҲ".indexOf(c) >= 0) ? SupportedLocale.UZ_CYRL.locale()
                : SupportedLocale.RU.locale();
    }
}
