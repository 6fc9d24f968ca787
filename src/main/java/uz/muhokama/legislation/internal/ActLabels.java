package uz.muhokama.legislation.internal;

import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * The labels of numbered headings ("13-modda.", "Статья 13.") in the language of the text, and the copy-link caption
 * in the reader's language: one source for the act page, the print view, the downloads and the search index.
 */
@Component
public class ActLabels {

    private final Translations translations;

    ActLabels(Translations translations) {
        this.translations = translations;
    }

    public ActHtml.Labels of(SupportedLocale text, SupportedLocale reader) {
        return new ActHtml.Labels() {
            @Override
            public String label(ProvisionKind kind, String number) {
                return switch (kind) {
                    case SECTION, CHAPTER, SUBCHAPTER, ARTICLE -> translations.get(text,
                            "legislation.label." + kind.name().toLowerCase(), number);
                    default -> "";
                };
            }

            @Override
            public String copyLink() {
                return translations.get(reader, "legislation.act.copyLink");
            }
        };
    }

    /** The label of an article in a text's language, for a language tag such as {@code ru}. */
    public String article(String language, String number) {
        SupportedLocale locale = SupportedLocale.fromTag(language).orElse(SupportedLocale.DEFAULT);
        return of(locale, locale).label(ProvisionKind.ARTICLE, number);
    }
}
