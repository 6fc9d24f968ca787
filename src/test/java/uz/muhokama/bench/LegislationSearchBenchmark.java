package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.internal.LuceneIndex;
import uz.muhokama.search.internal.LuceneSearch;

/**
 * The legislation search benchmark of the issue: a generated corpus of real-text provisions
 * ({@link LegislationBenchCorpus}, 1,000,000 by default), 200 realistic queries ({@link LegislationBenchQueries}), and
 * the latency of the platform's search (what {@code SearchService.search} runs: query, facets on the first page,
 * snippets, stored fields of a page of 10) beside plain Lucene on the same index (same query, top 10 ids, the limit)
 * and PostgreSQL full-text search on the same rows ({@code tsvector} + GIN, {@code websearch_to_tsquery},
 * {@code ts_rank}, top 10). Corpus, index and table are cached under {@code target/bench} and in the database, so
 * a rerun only measures.
 *
 * <p>Run: {@code mvn -B test -Dtest=LegislationSearchBenchmark -Dbench=true} (PostgreSQL as {@code .ci/run} sets it
 * up; {@code -Dbench.provisions=N} for another size, {@code -Dbench.rounds=R} passes over the queries,
 * {@code -Dbench.postgres=false} to leave PostgreSQL out).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LegislationSearchBenchmark {

    private static final Path CACHE = Path.of("target", "bench");

    @Test
    void platform_search_against_raw_lucene_and_postgresql() throws Exception {
        int size = Integer.getInteger("bench.provisions", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        boolean postgres = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));
        long started = System.nanoTime();
        Path corpus = LegislationBenchCorpus.file(CACHE, size);
        System.out.printf("BENCH corpus of %,d provisions ready in %.1f s (%,d bytes, cached in %s)%n", size,
                seconds(started), Files.size(corpus), corpus);
        List<SearchRequest> queries = LegislationBenchQueries.all();
        try (LuceneIndex index = index(corpus, size);
             Connection db = postgres ? postgres(corpus, size) : null) {
            LuceneSearch platform = new LuceneSearch(index);
            Latencies ours = new Latencies();
            Latencies oursNextPage = new Latencies();
            Latencies raw = new Latencies();
            Latencies pg = new Latencies();
            for (int round = -1; round < rounds; round++) {
                for (SearchRequest query : queries) {
                    SearchRequest nextPage = new SearchRequest(query.query(), query.kind(), query.filters(),
                            query.yearFrom(), query.yearTo(), query.scope(), query.byDate(), 10, 10);
                    boolean measured = round >= 0;
                    long t0 = System.nanoTime();
                    assertThat(platform.search(query).hits()).isNotNull();
                    long t1 = System.nanoTime();
                    platform.search(nextPage);
                    long t2 = System.nanoTime();
                    raw(index, platform, query);
                    long t3 = System.nanoTime();
                    if (db != null) {
                        LegislationBenchPostgres.search(db, query);
                    }
                    long t4 = System.nanoTime();
                    if (measured) {
                        ours.add(t1 - t0);
                        oursNextPage.add(t2 - t1);
                        raw.add(t3 - t2);
                        pg.add(t4 - t3);
                    }
                }
            }
            System.out.printf("BENCH %,d queries x %d rounds on %,d provisions, %d cores, load average %s%n",
                    queries.size(), rounds, size, Runtime.getRuntime().availableProcessors(), loadAverage());
            ours.report("platform, first page with facets");
            oursNextPage.report("platform, next page (no facets)");
            raw.report("raw Lucene top 10");
            if (db != null) {
                pg.report("PostgreSQL FTS top 10");
            }
            System.out.printf("BENCH ratio platform/raw at p50 %.2f, p95 %.2f, p99 %.2f%n",
                    ours.ratio(raw, 50), ours.ratio(raw, 95), ours.ratio(raw, 99));
            System.out.printf("BENCH ratio next page/raw at p50 %.2f, p95 %.2f, p99 %.2f%n",
                    oursNextPage.ratio(raw, 50), oursNextPage.ratio(raw, 95), oursNextPage.ratio(raw, 99));
            if (db != null) {
                System.out.printf("BENCH ratio PostgreSQL/platform at p50 %.1f, p95 %.1f, p99 %.1f%n",
                        pg.ratio(ours, 50), pg.ratio(ours, 95), pg.ratio(ours, 99));
            }
        }
    }

    /** The index of this corpus, built through the same path as a rebuild when not cached yet. */
    private static LuceneIndex index(Path corpus, int size) throws IOException {
        Path folder = CACHE.resolve("index-" + size);
        Path complete = folder.resolve("bench-complete");
        if (!Files.exists(complete)) {
            FileSystemUtils.deleteRecursively(folder);
        }
        LuceneIndex index = LuceneIndex.open(folder);
        if (index.isFresh()) {
            long started = System.nanoTime();
            LegislationBenchCorpus.read(corpus, p -> index.add(document(p)));
            index.commit();
            double seconds = seconds(started);
            System.out.printf("BENCH indexed %,d provisions in %.1f s: %,.0f provisions per second%n", size, seconds,
                    size / seconds);
            Files.writeString(complete, "indexed in " + seconds + " s\n");
        }
        return index;
    }

    static SearchDocument document(LegislationBenchCorpus.Provision p) {
        String act = "/act/uz/" + p.type().toLowerCase() + "/" + p.year() + "/" + p.act();
        String eId = p.id().substring(p.id().lastIndexOf(':') + 1);
        return new SearchDocument(p.id() + ":" + p.language(), "act:" + p.act(), "provision", p.language(),
                p.title(), p.text(), act + "/" + eId + "?lang=" + p.language(), act, LocalDate.of(p.year(), 6, 1),
                Map.of("type", p.type(), "status", p.status()),
                Map.of("eId", eId, "act", LegislationBenchCorpus.actNumber(p.act(), p.language())));
    }

    private static Connection postgres(Path corpus, int size) throws SQLException, IOException {
        Connection db = DriverManager.getConnection(
                System.getProperty("test.pg.url", "jdbc:postgresql://localhost:5432/muhokama_test"),
                System.getProperty("test.pg.user", "muhokama"), System.getProperty("test.pg.password", "muhokama"));
        LegislationBenchPostgres.load(db, corpus, size);
        return db;
    }

    private static void raw(LuceneIndex index, LuceneSearch platform, SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            searcher.search(platform.query(request), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unknown) {
            return "unknown";
        }
    }

    /** Latencies of one system, in nanoseconds. */
    private static final class Latencies {

        private long[] nanos = new long[1024];
        private int count;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        double percentile(int p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.max(0, Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1))];
        }

        double ratio(Latencies other, int p) {
            return percentile(p) / other.percentile(p);
        }

        void report(String name) {
            System.out.printf("BENCH %-34s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms%n", name, percentile(50) / 1e6,
                    percentile(95) / 1e6, percentile(99) / 1e6);
        }
    }
}
