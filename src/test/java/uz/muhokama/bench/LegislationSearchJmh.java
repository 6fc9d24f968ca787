package uz.muhokama.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uz.muhokama.search.SearchFacets;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;
import uz.muhokama.search.internal.LuceneIndex;
import uz.muhokama.search.internal.LuceneSearch;

/**
 * The search latency benchmarks, one per system, on the index and table that {@link LegislationSearchBench} prepared.
 * Each invocation runs the next of the 200 queries (in the same order for every system), so the sampled times are
 * the query mix's distribution; {@link Mode#SampleTime} gives its percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class LegislationSearchJmh {

    private LuceneIndex index;
    private LuceneSearch platform;
    private Connection db;
    private List<SearchRequest> firstPages;
    private List<SearchRequest> hitsOnly;
    private List<SearchRequest> nextPages;
    private int next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        int size = Integer.getInteger("bench.provisions", 1_000_000);
        index = LuceneIndex.open(LegislationBenchIndex.folder(size));
        if (index.isFresh()) {
            throw new IllegalStateException("No benchmark index of " + size + " provisions: run "
                    + LegislationSearchBench.class.getSimpleName());
        }
        platform = new LuceneSearch(index);
        firstPages = LegislationBenchQueries.all();
        hitsOnly = firstPages.stream().map(LegislationBenchQueries::hitsOnly).toList();
        nextPages = firstPages.stream().map(LegislationBenchQueries::nextPage).toList();
        if (Boolean.parseBoolean(System.getProperty("bench.postgres", "true"))) {
            db = LegislationSearchBench.connect();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        index.close();
        if (db != null) {
            db.close();
        }
    }

    /** The search page's first request: the hits with snippets and the total (exact up to 1,000), no facets. */
    @Benchmark
    public SearchResults platformFirstPage() {
        return platform.search(hitsOnly.get(nextQuery()));
    }

    /** The search page's second request, right after the hits are shown: the facet counts and the total. */
    @Benchmark
    public SearchFacets platformFacets() {
        return platform.facets(firstPages.get(nextQuery()));
    }

    /** Hits and facets in one request, as the API answers a first page by default. */
    @Benchmark
    public SearchResults platformWithFacets() {
        return platform.search(firstPages.get(nextQuery()));
    }

    /** A further page (or the API, or the search inside one act): hits with snippets, no facets. */
    @Benchmark
    public SearchResults platformNextPage() {
        return platform.search(nextPages.get(nextQuery()));
    }

    /** Plain Lucene on the same index with the same query (parsed the same way): the top 10 ids only. */
    @Benchmark
    public TopDocs rawLucene() throws IOException {
        return LegislationSearchBench.raw(index, platform, firstPages.get(nextQuery()));
    }

    /**
     * PostgreSQL full-text search on the same rows: the top 10 ids. Measured for longer, so that even its slow
     * searches go through the 200 queries more than once.
     */
    @Benchmark
    @Warmup(iterations = 1, time = 10)
    @Measurement(iterations = 3, time = 40)
    public int postgres() throws SQLException {
        return LegislationBenchPostgres.search(db, firstPages.get(nextQuery()));
    }

    private int nextQuery() {
        int query = next;
        next = (next + 1) % firstPages.size();
        return query;
    }
}
