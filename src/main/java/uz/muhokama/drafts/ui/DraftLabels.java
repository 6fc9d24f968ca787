package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.SupportedLocale;

/**
 * The labels of numbered provisions ("3-modda.", "Статья 3.") in the language of the text itself, so that a label
 * never reads in another language than the heading beside it.
 */
final class DraftLabels {

    private DraftLabels() {
    }

    static BiFunction<ProvisionKind, String, String> of(Component c, List<DraftProvision> text) {
        Locale language = languageOf(text);
        return (kind, number) -> number == null || number.isBlank()
                ? (kind.isHeading() ? "" : "¶")
                : c.getTranslation(language, "drafts.label." + kind.name(), number);
    }

    /** Uzbek Latin unless the headings are Cyrillic: Uzbek Cyrillic if they use its own letters, Russian otherwise. */
    static Locale languageOf(List<DraftProvision> text) {
        StringBuilder sample = new StringBuilder();
        text.stream().filter(p -> p.kind().isHeading()).limit(20).forEach(p -> sample.append(p.heading()));
        String s = sample.toString();
        if (!s.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.CYRILLIC)) {
            return SupportedLocale.UZ_LATN.locale();
        }
        return s.chars().anyMatch(ch -> "ўқғҳЎҚҒҲ".indexOf(ch) >= 0) ? SupportedLocale.UZ_CYRL.locale() : SupportedLocale.RU.locale();
    }
}
