package uz.muhokama.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total how many documents match; when {@code approximate}, an estimate (a search with facets and more than
 *     about ten thousand matches) or a lower bound (a search without facets and more than a thousand matches)
 * @param hits the requested page of them
 * @param facets for each facet, how many matching documents have each value (empty unless the request asked for
 *     them); estimated from a sample of the matches when {@code approximate}
 * @param approximate whether {@code total} and the facet counts are not exact: exact counting would visit every
 *     match, which costs more than finding the best ones
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                            boolean approximate) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
