package uz.muhokama.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.internal.LuceneIndex;
import uz.muhokama.search.internal.LuceneSearch;

/**
 * The search latencies measured interleaved: each query runs on every system in turn, one warm-up pass and then
 * {@code rounds} measured passes over the 200 queries, so that all systems see the same load however it changes
 * (JMH measures one system after the other, which is the better measurement on a quiet machine and a misleading
 * one on a shared machine whose load moves by a factor of several within minutes).
 */
final class LegislationSearchInterleaved {

    private LegislationSearchInterleaved() {
    }

    static Map<String, LegislationSearchBench.Latency> measure(int size, boolean postgres, int rounds)
            throws IOException, SQLException {
        List<SearchRequest> queries = LegislationBenchQueries.all();
        try (LuceneIndex index = LuceneIndex.open(LegislationBenchIndex.folder(size));
             Connection db = postgres ? LegislationSearchBench.connect() : null) {
            LuceneSearch platform = new LuceneSearch(index);
            Samples first = new Samples();
            Samples facets = new Samples();
            Samples next = new Samples();
            Samples both = new Samples();
            Samples raw = new Samples();
            Samples pg = new Samples();
            long sink = 0;
            for (int round = -1; round < rounds; round++) {
                for (SearchRequest query : queries) {
                    SearchRequest hitsOnly = LegislationBenchQueries.hitsOnly(query);
                    SearchRequest nextPage = LegislationBenchQueries.nextPage(query);
                    long t0 = System.nanoTime();
                    sink += platform.search(hitsOnly).hits().size();
                    long t1 = System.nanoTime();
                    sink += platform.facets(query).counts().size();
                    long t2 = System.nanoTime();
                    sink += platform.search(nextPage).hits().size();
                    long t3 = System.nanoTime();
                    sink += LegislationSearchBench.raw(index, platform, query).scoreDocs.length;
                    long t4 = System.nanoTime();
                    sink += platform.search(query).facets().size();
                    long t5 = System.nanoTime();
                    if (db != null) {
                        sink += LegislationBenchPostgres.search(db, query);
                    }
                    long t6 = System.nanoTime();
                    if (round >= 0) {
                        first.add(t1 - t0);
                        facets.add(t2 - t1);
                        next.add(t3 - t2);
                        raw.add(t4 - t3);
                        both.add(t5 - t4);
                        pg.add(t6 - t5);
                    }
                }
            }
            System.out.printf("BENCH interleaved: %d queries x %d rounds (%,d hits read)%n", queries.size(), rounds,
                    sink);
            LegislationSearchBench.printHeap();
            Map<String, LegislationSearchBench.Latency> figures = new LinkedHashMap<>();
            figures.put("platformFirstPage", first.latency());
            figures.put("platformFacets", facets.latency());
            figures.put("platformNextPage", next.latency());
            figures.put("platformWithFacets", both.latency());
            figures.put("rawLucene", raw.latency());
            if (db != null) {
                figures.put("postgres", pg.latency());
            }
            return figures;
        }
    }

    /** Latencies of one system, in nanoseconds. */
    private static final class Samples {

        private long[] nanos = new long[1024];
        private int count;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        LegislationSearchBench.Latency latency() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return new LegislationSearchBench.Latency(percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), count);
        }

        private static double percentile(long[] sorted, int p) {
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))]
                    / 1e6;
        }
    }
}
