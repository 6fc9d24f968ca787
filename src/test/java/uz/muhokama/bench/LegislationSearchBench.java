package uz.muhokama.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.internal.LuceneIndex;
import uz.muhokama.search.internal.LuceneSearch;

/**
 * The legislation search benchmark of issue 4: a generated corpus of real-text provisions
 * ({@link LegislationBenchCorpus}, 1,000,000 by default), 200 realistic queries ({@link LegislationBenchQueries}), and
 * the latency of the platform's search beside plain Lucene on the same index (the limit) and PostgreSQL full-text
 * search on the same rows. Prepares what is missing first (corpus, index, table; all cached, so a rerun only
 * measures), then measures with JMH ({@link LegislationSearchJmh}: a fork, warm-up, sampled percentiles, one
 * system after the other) or, with {@code -Dbench.interleaved=true}, with {@link LegislationSearchInterleaved}
 * (every query on every system in turn, for a machine whose load changes while it runs). Prints the figures, their
 * ratios to plain Lucene and the load average.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec [-Dbench.provisions=N] [-Dbench.postgres=false]
 * [-Dbench.interleaved=true [-Dbench.rounds=R]]}.
 */
public final class LegislationSearchBench {

    static final Path CACHE = Path.of("target", "bench");
    static final String PG_URL = System.getProperty("test.pg.url", "jdbc:postgresql://localhost:5432/muhokama_test");
    static final String PG_USER = System.getProperty("test.pg.user", "muhokama");
    static final String PG_PASSWORD = System.getProperty("test.pg.password", "muhokama");

    private LegislationSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.provisions", 1_000_000);
        boolean postgres = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));
        System.out.printf("BENCH load before: %s on %d processors%n", loadAverage(),
                Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        Path corpus = LegislationBenchCorpus.file(CACHE, size);
        System.out.printf("BENCH corpus of %,d provisions ready in %.1f s (%s, %,d bytes)%n", size, seconds(started),
                corpus, Files.size(corpus));
        LegislationBenchIndex.ensure(corpus, size);
        if (postgres) {
            try (Connection db = connect()) {
                LegislationBenchPostgres.load(db, corpus, size, LegislationSearchBench::connect);
            }
        }
        Map<String, Latency> figures = Boolean.getBoolean("bench.interleaved")
                ? LegislationSearchInterleaved.measure(size, postgres, Integer.getInteger("bench.rounds", 3))
                : jmh(postgres);
        report(size, figures);
        footprint(size);
    }

    /** The index's size on disk. */
    private static void footprint(int size) throws IOException {
        long bytes;
        try (var files = Files.walk(LegislationBenchIndex.folder(size))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
        System.out.printf("BENCH index on disk %,d MB%n", bytes >> 20);
    }

    /** The heap this JVM holds after a full collection, with the index open and searched. */
    static void printHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("BENCH heap used with the index open %,d MB (%,d MB committed, max %,d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20,
                runtime.maxMemory() >> 20);
    }

    /** The fork runs with this JVM's options, so it sees the same {@code bench.*} and {@code test.pg.*} properties. */
    private static Map<String, Latency> jmh(boolean postgres) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(LegislationSearchJmh.class.getName() + "\\.");
        if (!postgres) {
            options.exclude("\\.postgres$");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Latency> figures = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            Statistics stats = result.getPrimaryResult().getStatistics();
            figures.put(method.substring(method.lastIndexOf('.') + 1), new Latency(stats.getPercentile(50),
                    stats.getPercentile(95), stats.getPercentile(99), stats.getN()));
        }
        return figures;
    }

    /** Latency percentiles of one system, in milliseconds, and how many searches they were taken from. */
    record Latency(double p50, double p95, double p99, long samples) {

        double ratio(Latency other, int percentile) {
            return switch (percentile) {
                case 50 -> p50 / other.p50;
                case 95 -> p95 / other.p95;
                default -> p99 / other.p99;
            };
        }
    }

    private static void report(int size, Map<String, Latency> figures) {
        System.out.printf("BENCH %,d provisions, 200 queries, load after: %s%n", size, loadAverage());
        figures.forEach((system, latency) -> System.out.printf(
                "BENCH %-18s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  (%,d searches)%n", system, latency.p50(),
                latency.p95(), latency.p99(), latency.samples()));
        Latency raw = figures.get("rawLucene");
        ratio("platformFirstPage / rawLucene (target <= 1.3)", figures.get("platformFirstPage"), raw);
        ratio("platformFacets / rawLucene", figures.get("platformFacets"), raw);
        ratio("platformNextPage / rawLucene", figures.get("platformNextPage"), raw);
        ratio("platformWithFacets / rawLucene", figures.get("platformWithFacets"), raw);
        if (figures.containsKey("postgres")) {
            ratio("postgres / platformFirstPage (target >= 10)", figures.get("postgres"),
                    figures.get("platformFirstPage"));
        }
    }

    private static void ratio(String name, Latency a, Latency b) {
        System.out.printf("BENCH ratio %-46s p50 %6.2f  p95 %6.2f  p99 %6.2f%n", name, a.ratio(b, 50),
                a.ratio(b, 95), a.ratio(b, 99));
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    }

    /** Plain Lucene: the platform's query for the request (parsed the same way), top 10 ids, nothing else. */
    static TopDocs raw(LuceneIndex index, LuceneSearch platform, SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.search(platform.query(request), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unknown) {
            return "unknown";
        }
    }
}
