package uz.muhokama.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total how many documents match
 * @param hits the requested page of them
 * @param facets for each facet, how many matching documents have each value
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
