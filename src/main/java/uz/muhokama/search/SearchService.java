package uz.muhokama.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import uz.muhokama.search.internal.LuceneIndex;
import uz.muhokama.search.internal.LuceneSearch;

/**
 * The platform's full-text search. Modules hand their documents in by group ({@link #replace}) from their event
 * listeners, after their transaction committed; the index is derived data, rebuilt from every {@link SearchSource} at
 * start when it is missing, unreadable or of an older layout.
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final LuceneIndex index;
    private final LuceneSearch search;
    private final ObjectProvider<SearchSource> sources;
    private volatile boolean rebuilding;

    SearchService(@Value("${muhokama.search.dir:./data/search-index}") String folder,
                  ObjectProvider<SearchSource> sources) {
        this.index = LuceneIndex.open(Path.of(folder));
        this.search = new LuceneSearch(index);
        this.sources = sources;
    }

    /**
     * The requested page of hits with snippets, and the facet counts when the request asks for them. A search page
     * asks for the hits alone first ({@code facets = false}: the total is then exact up to a thousand and a lower
     * bound beyond) and for {@link #facets} right after, so that the hits do not wait for the counting.
     */
    public SearchResults search(SearchRequest request) {
        return search.search(request);
    }

    /** The facet counts and the total of a search, without its hits (its page, sort and facet flag are ignored). */
    public SearchFacets facets(SearchRequest request) {
        return search.facets(request);
    }

    /** Replaces every document of a group (an act, a draft) with these. */
    public void replace(String group, List<SearchDocument> documents) {
        index.replace(group, documents);
    }

    /** Whether the index is being rebuilt just now (results may be incomplete for a moment). */
    public boolean isRebuilding() {
        return rebuilding;
    }

    /**
     * Rebuilds the whole index from the sources (read on this thread, indexed on one thread per core); returns how
     * many documents it holds.
     */
    public synchronized long rebuild() {
        rebuilding = true;
        try {
            index.deleteAll();
            long count = index.addAll(documents -> sources.orderedStream().forEach(source -> source.all(documents)));
            index.commit();
            return count;
        } finally {
            rebuilding = false;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfFresh() {
        if (index.isFresh()) {
            Thread.ofVirtual().name("search-rebuild").start(() -> {
                long started = System.nanoTime();
                long documents = rebuild();
                log.info("Search index rebuilt: {} documents in {} ms", documents,
                        (System.nanoTime() - started) / 1_000_000);
            });
        }
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
