package uz.muhokama.legislation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActEditionPublished;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActStatusChanged;
import uz.muhokama.legislation.EditionInfo;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.SearchService;
import uz.muhokama.search.SearchSource;

/**
 * Keeps the search index in step with the legislation base: a saved edition re-indexes its act after the commit (the
 * event is kept in the publication registry until this succeeds, so a crash in between loses nothing), and a rebuild
 * reads every act.
 */
@Component
class LegislationSearchIndexing implements SearchSource {

    private final JooqActQuery query;
    private final ActService acts;
    private final SearchService search;
    private final ActLabels labels;

    LegislationSearchIndexing(JooqActQuery query, ActService acts, SearchService search, ActLabels labels) {
        this.query = query;
        this.acts = acts;
        this.search = search;
        this.labels = labels;
    }

    @ApplicationModuleListener
    void on(ActEditionPublished event) {
        reindex(event.actId());
    }

    @ApplicationModuleListener
    void on(ActStatusChanged event) {
        reindex(event.actId());
    }

    private void reindex(long actId) {
        query.uriById(actId).flatMap(acts::byUri).ifPresent(act ->
                search.replace(ActSearchDocuments.group(act.summary().id()), documents(act)));
    }

    @Override
    public void all(Consumer<SearchDocument> consumer) {
        int page = 200;
        for (int offset = 0; ; offset += page) {
            var batch = query.list(null, offset, page);
            batch.forEach(summary -> acts.byUri(summary.uri()).ifPresent(act -> documents(act).forEach(consumer)));
            if (batch.size() < page) {
                return;
            }
        }
    }

    /** The current edition in each language (or the newest, for an act whose text is not yet in force). */
    private List<SearchDocument> documents(ActDetails act) {
        LocalDate today = LocalDate.now(ActService.TASHKENT);
        List<EditionText> texts = act.languages().stream()
                .map(language -> current(act, language, today))
                .flatMap(Optional::stream)
                .map(acts::text)
                .toList();
        return ActSearchDocuments.of(act, texts, labels::article);
    }

    private static Optional<EditionInfo> current(ActDetails act, String language, LocalDate today) {
        List<EditionInfo> editions = act.editions().stream().filter(e -> e.language().equals(language)).toList();
        return editions.stream().filter(e -> e.isValidOn(today)).findFirst()
                .or(() -> editions.stream().reduce((first, second) -> second));
    }
}
