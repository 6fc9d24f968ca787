package uz.muhokama.drafts.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.shared.HomeHighlights;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** The front page's list of drafts open for discussion, the ones closing soonest first. */
@Component
class OpenDraftsHighlights implements HomeHighlights {

    private final DraftService drafts;
    private final Translations translations;

    OpenDraftsHighlights(DraftService drafts, Translations translations) {
        this.drafts = drafts;
        this.translations = translations;
    }

    @Override
    public String headingKey() {
        return "drafts.home.open";
    }

    @Override
    public String moreRoute() {
        return "drafts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Item> items(SupportedLocale language, int max) {
        Instant now = Instant.now();
        return drafts.list(new DraftFilter(null, null, null, true, null, DraftSort.CLOSING_SOON), 0, max).stream()
                .map(draft -> new Item(title(draft, language), translations.get(language, "drafts.home.daysLeft",
                        Math.max(0, Duration.between(now, draft.end()).toDays())), "drafts/" + draft.id().value()))
                .toList();
    }

    private static String title(DraftListItem draft, SupportedLocale language) {
        return language == SupportedLocale.RU && draft.titleRu() != null ? draft.titleRu() : draft.titleUz();
    }
}
