package uz.muhokama.legislation.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.internal.ActHtml;
import uz.muhokama.legislation.internal.ActLabels;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * The edition a print or download address asks for ({@code /act/uz/code/2022/798/print?lang=ru&date=2023-01-01}):
 * the act, the language (else its first), the date (else today in Tashkent), and the labels in that language.
 */
@Component
class ActTexts {

    /** One resolved request. */
    record Resolved(ActDetails act, String uri, String language, LocalDate on, EditionText text,
                    SupportedLocale locale) {
    }

    private final ActService acts;
    private final Translations translations;
    private final ActLabels labels;

    ActTexts(ActService acts, Translations translations, ActLabels labels) {
        this.acts = acts;
        this.translations = translations;
        this.labels = labels;
    }

    Optional<Resolved> resolve(String type, String year, String number, String lang, LocalDate date) {
        String uri = "/act/uz/" + type + "/" + year + "/" + number;
        Optional<ActDetails> found = acts.byUri(uri);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ActDetails act = found.get();
        String language = lang != null && act.languages().contains(lang) ? lang : act.languages().getFirst();
        LocalDate on = date == null ? LocalDate.now(ActService.TASHKENT) : date;
        SupportedLocale locale = SupportedLocale.fromTag(language).orElse(SupportedLocale.DEFAULT);
        return acts.textOn(act, language, on).map(text -> new Resolved(act, uri, language, on, text, locale));
    }

    /** Type, number, adoption date, status and the date the text is shown as of, in the text's language. */
    String facts(Resolved r) {
        return translations.get(r.locale(), "legislation.type." + r.act().summary().type().name()) + " · "
                + r.act().summary().number() + " · " + r.act().summary().adoptedOn() + " · "
                + translations.get(r.locale(), "legislation.status." + r.act().summary().status().name()) + " · "
                + translations.get(r.locale(), "legislation.act.asOf") + " " + r.on();
    }

    ActHtml.Labels labels(SupportedLocale locale) {
        return labels.of(locale, locale);
    }
}
