package uz.muhokama.legislation.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ActService;
import uz.muhokama.shared.HomeHighlights;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** The front page's list of the most recently adopted acts in the legislation base. */
@Component
class LatestActsHighlights implements HomeHighlights {

    private final ActService acts;
    private final Translations translations;

    LatestActsHighlights(ActService acts, Translations translations) {
        this.acts = acts;
        this.translations = translations;
    }

    @Override
    public String headingKey() {
        return "legislation.home.latest";
    }

    @Override
    public String moreRoute() {
        return "legislation";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Item> items(SupportedLocale language, int max) {
        return acts.list("", 0, max).stream()
                .map(act -> new Item(act.title(language.tag()),
                        translations.get(language, "legislation.type." + act.type().name()) + " · " + act.number()
                                + " · " + ActView.formatDate(act.adoptedOn(), language.locale()),
                        act.uri().substring(1)))
                .toList();
    }
}
