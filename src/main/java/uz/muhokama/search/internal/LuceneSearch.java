package uz.muhokama.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import uz.muhokama.search.SearchHit;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;

/**
 * Answers searches on a {@link LuceneIndex}. Queries go through Lucene's {@link SimpleQueryParser}, which understands
 * quotes, prefixes and exclusion and never fails on stray syntax; titles weigh twice the text; facets are counted over
 * all matches; snippets come from the unified highlighter, HTML-escaped, matches in {@code <mark>}.
 */
public final class LuceneSearch {

    static final int MAX_QUERY_LENGTH = 1000;
    private static final int SNIPPET_LENGTH = 240;

    private final LuceneIndex index;
    private volatile FacetState facetState;

    public LuceneSearch(LuceneIndex index) {
        this.index = index;
    }

    /** The ordinals of the facet values of one reader; building them costs more than a search, so once per reader. */
    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    public SearchResults search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            Query query = query(request);
            int wanted = request.offset() + request.limit();
            FacetsCollectorManager.FacetsResult result = request.byDate()
                    ? FacetsCollectorManager.search(searcher, query, wanted,
                            new Sort(new SortField("date", SortField.Type.LONG, true)), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            ScoreDoc[] page = slice(top.scoreDocs, request.offset());
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            Map<Integer, String> snippets = snippets(searcher, query, pageDocs);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (ScoreDoc scoreDoc : page) {
                hits.add(hit(searcher.storedFields().document(scoreDoc.doc), snippets.get(scoreDoc.doc)));
            }
            return new SearchResults(top.totalHits.value(), hits, facets(searcher, result.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        } finally {
            index.release(searcher);
        }
    }

    Query query(SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(textQuery(request.query()), BooleanClause.Occur.MUST);
        if (request.kind() != null) {
            builder.add(new TermQuery(new Term("kind", request.kind())), BooleanClause.Occur.FILTER);
        }
        if (request.scope() != null) {
            builder.add(new TermQuery(new Term("scope", request.scope())), BooleanClause.Occur.FILTER);
        }
        request.filters().forEach((facet, values) -> builder.add(anyOf("f_" + facet, values), BooleanClause.Occur.FILTER));
        if (request.yearFrom() != null || request.yearTo() != null) {
            int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
            int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
            builder.add(IntPoint.newRangeQuery("year", from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * The words are read once per language family, each with its own analyzer, and a document matches when all words
     * match in its language: a Russian stop word must not make a Russian query fail on the Uzbek fields, nor the other
     * way round.
     */
    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String bounded = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (String family : LuceneIndex.FAMILIES) {
            SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(),
                    Map.of("text_" + family, 1f, "title_" + family, 2f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query parsed = parser.parse(bounded);
            if (parsed != null) {
                anyLanguage.add(parsed, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery query = anyLanguage.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery() : query;
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private Map<Integer, String> snippets(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        Map<Integer, String> result = new HashMap<>();
        if (page.scoreDocs.length == 0) {
            return result;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(200_000)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.4f))
                .build();
        String[] fields = {"text_uz", "text_ru", "text_en"};
        Map<String, String[]> highlights = highlighter.highlightFields(fields, query, page, new int[] {2, 2, 2});
        for (int i = 0; i < page.scoreDocs.length; i++) {
            for (String field : fields) {
                String snippet = highlights.get(field)[i];
                if (snippet != null) {
                    result.put(page.scoreDocs[i].doc, snippet);
                    break;
                }
            }
        }
        return result;
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return result;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (FacetResult dim : facets.getAllDims(50)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (LabelAndValue lv : dim.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
            result.put(dim.dim, counts);
        }
        return result;
    }

    private static SearchHit hit(Document doc, String snippet) {
        Map<String, String> stored = new HashMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith("s_")) {
                stored.put(field.name().substring(2), field.stringValue());
            }
        }
        return new SearchHit(doc.get("id"), doc.get("url"), doc.get("title"), snippet == null ? "" : snippet, stored);
    }

    private static ScoreDoc[] slice(ScoreDoc[] docs, int offset) {
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[docs.length - offset];
        System.arraycopy(docs, offset, page, 0, page.length);
        return page;
    }
}
