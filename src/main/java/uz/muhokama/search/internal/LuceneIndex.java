package uz.muhokama.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.TextAnalyzers;

/**
 * The Lucene index on disk: how documents become fields, one writer, and near-real-time searchers. Texts go into one
 * field per language family ({@code text_uz} for both Uzbek scripts, {@code text_ru}, {@code text_en}), each with its
 * analyzer, indexed in full with offsets but stored only as far as snippets are taken from; facets are both filter
 * terms and sorted-set doc values for counting; documents fall into nested random samples ({@link #SAMPLE_RATES}), so
 * that facets of a search with very many matches can be counted over a sample only.
 */
public final class LuceneIndex implements AutoCloseable {

    /** Raised whenever the way documents are written changes: an index of another version is rebuilt. */
    static final String SCHEMA_VERSION = "3";
    static final String[] FAMILIES = {"uz", "ru", "en"};
    /**
     * The nested random samples of the documents, for facet counts of searches with very many matches: every
     * {@code n}-th document (by a hash of its id) carries the term {@code n} in {@link #SAMPLE_FIELD}, for each
     * {@code n} here, and each sample holds the finer ones.
     */
    static final int[] SAMPLE_RATES = {16, 256};
    static final String SAMPLE_FIELD = "sample";
    /** Stored: the language family of a document's text, so that a hit is highlighted in its own field only. */
    static final String FAMILY_FIELD = "family";
    /**
     * How much of a text is stored for snippets. Snippets come from the first passages that match; a match further
     * on is still found, and the snippet then shows the beginning. Storing less keeps the stored-field blocks small,
     * which is what a page of hits spends most of its time decompressing.
     */
    static final int SNIPPET_SOURCE_CHARS = 4000;
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final double BULK_BUFFER_MB = 64;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService segmentThreads;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer analyzer = buildAnalyzer();
    private final boolean fresh;

    private LuceneIndex(Directory directory, boolean fresh) throws IOException {
        this.directory = directory;
        this.fresh = fresh;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        config.setRAMBufferSizeMB(BULK_BUFFER_MB);
        this.writer = new IndexWriter(directory, config);
        this.segmentThreads = segmentThreads();
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, segmentThreads);
            }
        });
    }

    /**
     * Threads that search the slices of a large index (groups of segments) side by side, one per core: a search of a
     * million provisions then takes a fraction of the time on an idle machine, and the same time as one thread on a
     * busy one. The calling thread searches one slice itself, so a small index with one slice never hands off.
     */
    private static ExecutorService segmentThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "search-slice-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the index in a folder; a missing, unreadable or outdated index is replaced by an empty one, and
     * {@link #isFresh()} says so (the caller then rebuilds it from the database).
     */
    public static LuceneIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            FSDirectory directory = FSDirectory.open(folder);
            boolean usable = false;
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    usable = SCHEMA_VERSION.equals(reader.getIndexCommit().getUserData().get("schema"));
                } catch (IOException | RuntimeException e) {
                    log.warn("Search index in {} is unreadable and will be rebuilt: {}", folder, e.toString());
                }
            }
            return new LuceneIndex(directory, !usable);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    public boolean isFresh() {
        return fresh;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Replaces all documents of a group and makes the change durable and visible. */
    public synchronized void replace(String group, List<SearchDocument> documents) {
        try {
            writer.deleteDocuments(new Term("group", group));
            for (SearchDocument document : documents) {
                writer.addDocument(facetsConfig.build(toLucene(document)));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index group " + group, e);
        }
    }

    /** Adds a document without committing. */
    public void add(SearchDocument document) {
        try {
            writer.addDocument(facetsConfig.build(toLucene(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + document.id(), e);
        }
    }

    /** How many threads {@link #addAll} indexes on. */
    public static int bulkThreads() {
        return BulkIndexer.defaultThreads();
    }

    /**
     * Adds every document a producer hands over, without committing: for a rebuild, which commits once at the end.
     * The producer runs on the calling thread (reading the database, say) while {@link BulkIndexer} analyses and
     * writes on one thread per core into the one writer, which is where the time goes.
     *
     * @return how many documents were added
     */
    public long addAll(Consumer<Consumer<SearchDocument>> producer) {
        try (BulkIndexer bulk = new BulkIndexer(this::add, bulkThreads())) {
            producer.accept(bulk);
            return bulk.finish();
        }
    }

    public synchronized void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of("schema", SCHEMA_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        segmentThreads.shutdown();
        writer.close();
        directory.close();
    }

    /** The language family a text field belongs to: both Uzbek scripts are one language for search. */
    static String family(String language) {
        if (language == null) {
            return "uz";
        }
        return language.startsWith("uz") ? "uz" : language.startsWith("ru") ? "ru" : language.startsWith("en") ? "en" : "uz";
    }

    private Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("group", d.group(), Field.Store.NO));
        doc.add(new StringField("kind", d.kind(), Field.Store.NO));
        if (d.scope() != null) {
            doc.add(new StringField("scope", d.scope(), Field.Store.NO));
        }
        doc.add(new StoredField("url", d.url()));
        doc.add(new StoredField("title", d.title()));
        String family = family(d.language());
        doc.add(new Field("text_" + family, d.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField("text_" + family, snippetSource(d.text())));
        doc.add(new StoredField(FAMILY_FIELD, family));
        int bucket = sampleBucket(d.id());
        for (int rate : SAMPLE_RATES) {
            if (bucket % rate == 0) {
                doc.add(new StringField(SAMPLE_FIELD, Integer.toString(rate), Field.Store.NO));
            }
        }
        doc.add(new TextField("title_" + family, d.title(), Field.Store.NO));
        Map<String, String> facets = new HashMap<>(d.facets());
        facets.put("language", d.language());
        facets.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                doc.add(new StringField("f_" + key, value, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(key, value));
            }
        });
        d.stored().forEach((key, value) -> {
            if (value != null) {
                doc.add(new StoredField("s_" + key, value));
            }
        });
        LocalDate date = d.date() == null ? LocalDate.EPOCH : d.date();
        doc.add(new NumericDocValuesField("date", date.toEpochDay()));
        doc.add(new IntPoint("year", date.getYear()));
        return doc;
    }

    /**
     * The id's sample bucket, a number that is evenly spread and divisible by each sample rate as often as it should
     * be; the hash is mixed (MurmurHash3's finaliser) because ids differ only in a few characters.
     */
    static int sampleBucket(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & 0x7fffffff;
    }

    /** The stored part of a text: its beginning, cut at a space so that no word (and no surrogate pair) is split. */
    private static String snippetSource(String text) {
        if (text.length() <= SNIPPET_SOURCE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_SOURCE_CHARS);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(SNIPPET_SOURCE_CHARS - 1))
                    ? SNIPPET_SOURCE_CHARS - 1 : SNIPPET_SOURCE_CHARS;
        }
        return text.substring(0, cut);
    }

    private static Analyzer buildAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("text_uz", TextAnalyzers.uzbek());
        perField.put("title_uz", TextAnalyzers.uzbek());
        perField.put("text_ru", TextAnalyzers.russian());
        perField.put("title_ru", TextAnalyzers.russian());
        perField.put("text_en", TextAnalyzers.english());
        perField.put("title_en", TextAnalyzers.english());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
