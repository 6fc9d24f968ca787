package uz.muhokama.search;

import java.util.Map;

/**
 * How a search's matches spread over the facet values, asked for apart from its hits ({@link SearchService#facets}):
 * counting visits the matches that the page of hits skips, so a search page shows its hits first and these a moment
 * later.
 *
 * @param total how many documents match; an estimate when {@code approximate}
 * @param counts for each facet, how many matching documents have each value
 * @param approximate whether the total and the counts are estimated from a random sample of the matches (a search
 *     with more than about ten thousand of them)
 */
public record SearchFacets(long total, Map<String, Map<String, Long>> counts, boolean approximate) {

    public SearchFacets {
        counts = Map.copyOf(counts);
    }
}
