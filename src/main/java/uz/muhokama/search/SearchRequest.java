package uz.muhokama.search;

import java.util.Map;
import java.util.Set;

/**
 * A search: the words as typed (quotes for phrases, a trailing {@code *} for prefixes, {@code -} to exclude; anything
 * else is taken literally, never an error), and narrowing.
 *
 * @param query the words; blank means everything that the filters let through
 * @param kind only this kind of document, or {@code null}
 * @param filters facet values to keep ({@code type -> {CODE, LAW}}); values of one facet are alternatives
 * @param yearFrom from this year, or {@code null}
 * @param yearTo to this year, or {@code null}
 * @param scope only inside this scope ({@code /act/uz/code/2022/798}), or {@code null}
 * @param byDate newest first instead of most relevant first
 * @param offset how many hits to skip
 * @param limit how many hits to return (at most 100)
 * @param facets whether to count the matches per facet value; counting costs about as much as the search itself, so a
 *     caller that shows no facets (a further page, the search inside one act) should not ask for it
 */
public record SearchRequest(String query, String kind, Map<String, Set<String>> filters, Integer yearFrom,
                            Integer yearTo, String scope, boolean byDate, int offset, int limit, boolean facets) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        limit = Math.clamp(limit, 1, 100);
        offset = Math.max(0, offset);
    }

    /** A search that counts facets for its first page only, where a search page shows them. */
    public SearchRequest(String query, String kind, Map<String, Set<String>> filters, Integer yearFrom,
                         Integer yearTo, String scope, boolean byDate, int offset, int limit) {
        this(query, kind, filters, yearFrom, yearTo, scope, byDate, offset, limit, offset <= 0);
    }

    public static SearchRequest of(String query, String kind) {
        return new SearchRequest(query, kind, Map.of(), null, null, null, false, 0, 20);
    }
}
