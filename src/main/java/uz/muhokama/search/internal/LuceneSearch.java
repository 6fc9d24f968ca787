package uz.muhokama.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
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
import uz.muhokama.search.SearchFacets;
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
 * lower bound marked approximate. Facets, when asked for, are counted by a {@link FacetCounter}: for a query whose
 * cost (an upper bound of its matches, from the term statistics) is within the page's count, from the matches the
 * page pass collected on the way ({@link PageAndMatches}); otherwise in one unscored pass, exact below
 * {@link #EXACT_COUNT_LIMIT} matches and over a random sample beyond (then marked approximate together with the
 * total), which runs on a spare thread ({@link FacetPool}) while this one collects the page and makes its snippets.
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
    private static final FacetPool FACET_POOL = new FacetPool();
    private static final int[] PASSAGES = {2};
    private static final Sort NEWEST_FIRST = new Sort(new SortField("date", SortField.Type.LONG, true));

    private final LuceneIndex index;
    private final int pageCountLimit;
    private final FacetCounter facetCounter;
    private volatile ReaderState readerState;

    public LuceneSearch(LuceneIndex index) {
        this(index, PAGE_COUNT_LIMIT, EXACT_COUNT_LIMIT);
    }

    LuceneSearch(LuceneIndex index, int pageCountLimit, int exactCountLimit) {
        this.index = index;
        this.pageCountLimit = pageCountLimit;
        this.facetCounter = new FacetCounter(exactCountLimit);
    }

    /** What is built once per reader: the facet ordinals (dearer than a search) and the highlighter's settings. */
    private record ReaderState(IndexReader reader, DefaultSortedSetDocValuesReaderState facets,
                               UnifiedHighlighter.Builder highlighter, FieldInfos fieldInfos) {
    }

    public SearchResults search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        CompletableFuture<FacetCounter.Counts> counting = null;
        try {
            ReaderState state = readerState(searcher);
            Words words = words(request.query());
            Query query = searcher.rewrite(query(request, words.query()));
            if (!request.facets() || state.facets() == null) {
                TopDocs top = searcher.search(query, page(request));
                return new SearchResults(top.totalHits.value(), hits(searcher, state, words, top, request), Map.of(),
                        top.totalHits.relation() != TotalHits.Relation.EQUAL_TO);
            }
            long cost = FacetCounter.cost(searcher, query);
            if (cost <= pageCountLimit) {
                PageAndMatches.Result page =
                        searcher.search(query, new PageAndMatches<>(page(request), pageCountLimit));
                List<SearchHit> hits = hits(searcher, state, words, page.top(), request);
                FacetCounter.Counts counts = page.allMatches() != null
                        ? FacetCounter.exact(state.facets(), page.allMatches())
                        : facetCounter.count(searcher, state.facets(), query, cost);
                return results(page.top(), hits, counts);
            }
            counting = FACET_POOL.submit(() -> facetCounter.count(searcher, state.facets(), query, cost));
            TopDocs top = searcher.search(query, page(request));
            List<SearchHit> hits = hits(searcher, state, words, top, request);
            return results(top, hits, counting.join());
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        } finally {
            FacetPool.awaitQuietly(counting);
            index.release(searcher);
        }
    }

    /**
     * The facet counts and total of a search without its hits: one unscored pass, exact for a query that can match
     * fewer than {@link #EXACT_COUNT_LIMIT} documents and over a random sample otherwise ({@link FacetCounter}).
     */
    public SearchFacets facets(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            ReaderState state = readerState(searcher);
            Query query = searcher.rewrite(query(request));
            if (state.facets() == null) {
                return new SearchFacets(searcher.count(query), Map.of(), false);
            }
            FacetCounter.Counts counts =
                    facetCounter.count(searcher, state.facets(), query, FacetCounter.cost(searcher, query));
            return new SearchFacets(counts.total(), counts.facets(), counts.approximate());
        } catch (IOException e) {
            throw new UncheckedIOException("Facet counting failed", e);
        } finally {
            index.release(searcher);
        }
    }

    private static SearchResults results(TopDocs top, List<SearchHit> hits, FacetCounter.Counts counts) {
        long total = counts.approximate() ? Math.max(top.totalHits.value(), counts.total()) : counts.total();
        return new SearchResults(total, hits, counts.facets(), counts.approximate());
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
     * @param highlight per family, that family's words (the highlighter ignores those on the title field, which is
     *     not highlighted, so the query that finds the documents serves without parsing the words again)
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
                highlight.put(family, parsed);
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

    private ReaderState readerState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderState cached = readerState;
        if (cached != null && cached.reader() == reader) {
            return cached;
        }
        ReaderState state = new ReaderState(reader, facetOrdinals(reader), highlighter(searcher),
                FieldInfos.getMergedFieldInfos(reader));
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

    private UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(LuceneIndex.SNIPPET_SOURCE_CHARS)
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .withScorer(new LeanPassageScorer())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.4f));
    }

    /**
     * The page's hits with their snippets. Each hit's stored fields are read once, its text with them (decompressing
     * a stored-fields block is the dearest part of showing a hit, and the highlighter would read it again). Each hit
     * is highlighted in its own language's field with that language's words only: the highlighter finds a passage's
     * matches through the query, and the whole multi-language query would make it test every language's words on
     * every document.
     */
    private static List<SearchHit> hits(IndexSearcher searcher, ReaderState state, Words words, TopDocs top,
                                        SearchRequest request) throws IOException {
        ScoreDoc[] page = slice(top.scoreDocs, request.offset());
        if (page.length == 0) {
            return List.of();
        }
        StoredFields storedFields = searcher.storedFields();
        Document[] docs = new Document[page.length];
        Map<Integer, String> texts = new HashMap<>();
        Map<String, List<Integer>> byFamily = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
            storedFields.document(page[i].doc, visitor);
            docs[i] = visitor.getDocument();
            String stored = docs[i].get(LuceneIndex.FAMILY_FIELD);
            String family = stored == null ? LuceneIndex.FAMILIES[0] : stored;
            texts.put(page[i].doc, Objects.requireNonNullElse(docs[i].get("text_" + family), ""));
            byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(i);
        }
        UnifiedHighlighter highlighter = new PreloadedHighlighter(state.highlighter(), state.fieldInfos(), texts);
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

    /** The highlighter, given the texts of the page's hits that were read with their other stored fields. */
    private static final class PreloadedHighlighter extends UnifiedHighlighter {

        private final Map<Integer, String> texts;

        PreloadedHighlighter(Builder settings, FieldInfos fieldInfos, Map<Integer, String> texts) {
            super(settings);
            // The highlighter would merge the segments' field infos again for every page; they change per reader only.
            this.fieldInfos = fieldInfos;
            this.texts = texts;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] ofDoc = new CharSequence[fields.length];
                Arrays.fill(ofDoc, texts.getOrDefault(doc, ""));
                values.add(ofDoc);
            }
            return values;
        }
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
