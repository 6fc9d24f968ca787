package uz.muhokama.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import uz.muhokama.search.SearchHit;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;

/**
 * Answers searches on a {@link LuceneIndex}. Queries go through Lucene's {@link SimpleQueryParser}, which understands
 * quotes, prefixes and exclusion and never fails on stray syntax; titles weigh twice the text; snippets come from the
 * unified highlighter, HTML-escaped, matches in {@code <mark>}.
 *
 * <p>The page of hits is collected the way plain Lucene does it: matches are counted exactly up to
 * {@link #PAGE_COUNT_LIMIT}, after which the scorer skips whatever cannot reach the page, and a larger total is a
 * lower bound marked approximate. Facets, when asked for, cost no second pass when the page pass saw every match
 * ({@link PageAndMatches}); otherwise they are counted in one unscored pass over the finest of the index's nested
 * random samples ({@link LuceneIndex#SAMPLE_RATES}) that holds enough matches to estimate from, scaled up and marked
 * approximate together with the total (a facet value rarer than one match in the sample may then be missing); when
 * even the coarsest sample says there are fewer than {@link #EXACT_COUNT_LIMIT} matches, one unscored pass counts them
 * all exactly.
 */
public final class LuceneSearch {

    static final int MAX_QUERY_LENGTH = 1000;
    /**
     * With facets, matches are counted exactly up to about here (as Elasticsearch does by default), and estimated from
     * a sample beyond.
     */
    static final int EXACT_COUNT_LIMIT = 10_000;
    /** Without facets, matches are counted exactly up to here only (Lucene's own default), then skipped. */
    static final int PAGE_COUNT_LIMIT = 1_000;
    private static final int SNIPPET_LENGTH = 240;
    private static final int MAX_FACET_VALUES = 50;
    private static final int[] PASSAGES = {2};
    private static final Sort NEWEST_FIRST = new Sort(new SortField("date", SortField.Type.LONG, true));

    private final LuceneIndex index;
    private final int pageCountLimit;
    private final int exactCountLimit;
    private volatile ReaderState readerState;

    public LuceneSearch(LuceneIndex index) {
        this(index, PAGE_COUNT_LIMIT, EXACT_COUNT_LIMIT);
    }

    LuceneSearch(LuceneIndex index, int pageCountLimit, int exactCountLimit) {
        this.index = index;
        this.pageCountLimit = pageCountLimit;
        this.exactCountLimit = exactCountLimit;
    }

    /** What is built once per reader: the facet ordinals (dearer than a search) and the highlighter. */
    private record ReaderState(IndexReader reader, DefaultSortedSetDocValuesReaderState facets,
                               UnifiedHighlighter highlighter) {
    }

    public SearchResults search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            ReaderState state = readerState(searcher);
            Words words = words(request.query());
            Query query = query(request, words.query());
            if (!request.facets() || state.facets() == null) {
                TopDocs top = searcher.search(query, page(request));
                boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
                return new SearchResults(top.totalHits.value(), hits(searcher, state, words, top, request), Map.of(),
                        !exact);
            }
            PageAndMatches.Result page = searcher.search(query, new PageAndMatches<>(page(request), pageCountLimit));
            List<SearchHit> hits = hits(searcher, state, words, page.top(), request);
            if (page.allMatches() != null) {
                return new SearchResults(page.top().totalHits.value(), hits,
                        facets(state.facets(), page.allMatches(), 1), false);
            }
            return sampled(searcher, state, query, page.top(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Facets of a search with more matches than the page pass counted: from the finest sample that holds enough of
     * them to estimate (coarse samples cost little, so trying one that turns out too thin is cheap), or counted
     * exactly when even the coarsest says there are fewer than {@link #exactCountLimit}.
     */
    private SearchResults sampled(IndexSearcher searcher, ReaderState state, Query query, TopDocs top,
                                  List<SearchHit> hits) throws IOException {
        int minimumSample = exactCountLimit / LuceneIndex.SAMPLE_RATES[0];
        for (int i = LuceneIndex.SAMPLE_RATES.length - 1; i >= 0; i--) {
            int rate = LuceneIndex.SAMPLE_RATES[i];
            FacetsCollector sample = searcher.search(sampled(query, rate), new FacetsCollectorManager());
            if (matches(sample) >= minimumSample) {
                long estimate = (long) matches(sample) * rate;
                return new SearchResults(Math.max(top.totalHits.value(), estimate), hits,
                        facets(state.facets(), sample, rate), true);
            }
        }
        return counted(searcher, state, query, hits);
    }

    /** The Lucene query a request runs, without the page, facets and snippets (for comparisons with plain Lucene). */
    public Query query(SearchRequest request) {
        return query(request, words(request.query()).query());
    }

    private Query query(SearchRequest request, Query text) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text, BooleanClause.Occur.MUST);
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

    /** Total and facets counted over every match, unscored: for searches with few enough matches. */
    private static SearchResults counted(IndexSearcher searcher, ReaderState state, Query query, List<SearchHit> hits)
            throws IOException {
        FacetsCollector all = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
        return new SearchResults(matches(all), hits, facets(state.facets(), all, 1), false);
    }

    private CollectorManager<? extends Collector, ? extends TopDocs> page(SearchRequest request) {
        int wanted = request.offset() + request.limit();
        int countUpTo = Math.max(pageCountLimit, wanted);
        return request.byDate()
                ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, countUpTo)
                : new TopScoreDocCollectorManager(wanted, null, countUpTo);
    }

    /**
     * The words of a search: what documents must match, and per language family what to highlight in its text.
     *
     * @param query matches when all words match in the document's language
     * @param highlight per family, the words on its text field only (titles are not highlighted)
     */
    private record Words(Query query, Map<String, Query> highlight) {
    }

    /**
     * The words are read once per language family, each with its own analyzer, and a document matches when all words
     * match in its language: a Russian stop word must not make a Russian query fail on the Uzbek fields, nor the other
     * way round.
     */
    private Words words(String text) {
        if (text == null || text.isBlank()) {
            return new Words(new MatchAllDocsQuery(), Map.of());
        }
        String bounded = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        Map<String, Query> highlight = new HashMap<>();
        for (String family : LuceneIndex.FAMILIES) {
            Query parsed = parse(bounded, Map.of("text_" + family, 1f, "title_" + family, 2f));
            if (parsed != null) {
                anyLanguage.add(parsed, BooleanClause.Occur.SHOULD);
                Query inText = parse(bounded, Map.of("text_" + family, 1f));
                if (inText != null) {
                    highlight.put(family, inText);
                }
            }
        }
        BooleanQuery query = anyLanguage.build();
        return new Words(query.clauses().isEmpty() ? new MatchNoDocsQuery() : query, highlight);
    }

    private Query parse(String text, Map<String, Float> fields) {
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(), fields);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Query sampled(Query query, int rate) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.SAMPLE_FIELD, Integer.toString(rate))),
                        BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
    }

    private ReaderState readerState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderState cached = readerState;
        if (cached != null && cached.reader() == reader) {
            return cached;
        }
        ReaderState state = new ReaderState(reader, facetOrdinals(reader), highlighter(searcher));
        readerState = state;
        return state;
    }

    private DefaultSortedSetDocValuesReaderState facetOrdinals(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(LuceneIndex.SNIPPET_SOURCE_CHARS)
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.4f))
                .build();
    }

    /**
     * The page's hits with their snippets. Each hit is highlighted in its own language's field with that language's
     * words only: the highlighter finds a passage's matches through the query, and the whole multi-language query
     * would make it test every language's words on every document.
     */
    private static List<SearchHit> hits(IndexSearcher searcher, ReaderState state, Words words, TopDocs top,
                                        SearchRequest request) throws IOException {
        ScoreDoc[] page = slice(top.scoreDocs, request.offset());
        UnifiedHighlighter highlighter = state.highlighter();
        if (page.length == 0) {
            return List.of();
        }
        StoredFields storedFields = searcher.storedFields();
        Document[] docs = new Document[page.length];
        Map<String, List<Integer>> byFamily = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            DisplayFields visitor = new DisplayFields();
            storedFields.document(page[i].doc, visitor);
            docs[i] = visitor.getDocument();
            String family = docs[i].get(LuceneIndex.FAMILY_FIELD);
            byFamily.computeIfAbsent(family == null ? LuceneIndex.FAMILIES[0] : family, f -> new ArrayList<>()).add(i);
        }
        String[] snippets = new String[page.length];
        for (Map.Entry<String, List<Integer>> family : byFamily.entrySet()) {
            highlight(highlighter, words, family.getKey(), family.getValue(), page, snippets);
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs[i], snippets[i]));
        }
        return hits;
    }

    private static void highlight(UnifiedHighlighter highlighter, Words words, String family, List<Integer> positions,
                                  ScoreDoc[] page, String[] snippets) throws IOException {
        String field = "text_" + family;
        int[] docIds = positions.stream().mapToInt(i -> page[i].doc).toArray();
        Query query = words.highlight().getOrDefault(family, new MatchAllDocsQuery());
        String[] highlighted = highlighter.highlightFields(new String[] {field}, query, docIds, PASSAGES)
                .get(field);
        for (int j = 0; j < docIds.length; j++) {
            snippets[positions.get(j)] = highlighted[j] == null ? "" : highlighted[j];
        }
    }

    /** Reads what a hit shows, skipping the stored text that only the highlighter needs. */
    private static final class DisplayFields extends DocumentStoredFieldVisitor {

        @Override
        public Status needsField(FieldInfo fieldInfo) {
            return fieldInfo.name.startsWith("text_") ? Status.NO : Status.YES;
        }
    }

    private static int matches(FacetsCollector collector) {
        return collector.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static Map<String, Map<String, Long>> facets(DefaultSortedSetDocValuesReaderState ordinals,
                                                         FacetsCollector collector, int scale) throws IOException {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (FacetResult dim : new SortedSetDocValuesFacetCounts(ordinals, collector).getAllDims(MAX_FACET_VALUES)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (LabelAndValue lv : dim.labelValues) {
                counts.put(lv.label, lv.value.longValue() * scale);
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
        return new SearchHit(doc.get("id"), doc.get("url"), doc.get("title"), snippet, stored);
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
