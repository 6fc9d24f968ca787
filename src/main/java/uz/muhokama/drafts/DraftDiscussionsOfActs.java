package uz.muhokama.drafts;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.drafts.internal.JooqAdoptionRepository;
import uz.muhokama.legislation.ActDiscussions;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** Tells the act page which drafts discussed here became the act: "discussed publicly as draft N". */
@Component
class DraftDiscussionsOfActs implements ActDiscussions {

    private final JooqAdoptionRepository adoptions;
    private final Translations translations;

    DraftDiscussionsOfActs(JooqAdoptionRepository adoptions, Translations translations) {
        this.adoptions = adoptions;
        this.translations = translations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Discussion> of(String actUri, Locale locale) {
        SupportedLocale language = SupportedLocale.closestTo(locale);
        return adoptions.draftsOf(actUri).stream().map(d -> new Discussion(
                d.number() == null
                        ? translations.get(language, "drafts.adopted.discussedAsTitle",
                                Texts.pick(locale, d.titleUz(), d.titleRu()))
                        : translations.get(language, "drafts.adopted.discussedAs", d.number()),
                "drafts/" + d.id().value())).toList();
    }
}
