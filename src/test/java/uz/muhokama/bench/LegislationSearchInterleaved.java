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
 * The search latencies measured interleaved: each query runs on every system in turn (each system first as often as
 * the others), one warm-up pass and then {@code rounds} measured passes over the 200 queries, so that all systems see
 * the same load however it changes
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
            Map<String, Samples> samples = new LinkedHashMap<>();
            Map<String, Searcher> systems = new LinkedHashMap<>();
            systems.put("platformFirstPage",
                    query -> platform.search(LegislationBenchQueries.hitsOnly(query)).hits().size());
            systems.put("platformFacets", query -> platform.facets(query).counts().size());
            systems.put("platformNextPage",
                    query -> platform.search(LegislationBenchQueries.nextPage(query)).hits().size());
            systems.put("platformWithFacets", query -> platform.search(query).facets().size());
            systems.put("rawLucene", query -> LegislationSearchBench.raw(index, platform, query).scoreDocs.length);
            if (db != null) {
                systems.put("postgres", query -> LegislationBenchPostgres.search(db, query));
            }
            List<String> names = List.copyOf(systems.keySet());
            names.forEach(name -> samples.put(name, new Samples()));
            long[][] firstPageByQuery = new long[queries.size()][Math.max(1, rounds)];
            long[][] rawByQuery = new long[queries.size()][Math.max(1, rounds)];
            long sink = 0;
            for (int round = -1; round < rounds; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    // The first system to run a query finds its postings colder than the others do: each system
                    // goes first equally often.
                    for (int k = 0; k < names.size(); k++) {
                        String name = names.get(Math.floorMod(q + round + k, names.size()));
                        long started = System.nanoTime();
                        sink += systems.get(name).run(queries.get(q));
                        long took = System.nanoTime() - started;
                        if (round >= 0) {
                            samples.get(name).add(took);
                            if (name.equals("platformFirstPage")) {
                                firstPageByQuery[q][round] = took;
                            } else if (name.equals("rawLucene")) {
                                rawByQuery[q][round] = took;
                            }
                        }
                    }
                }
            }
            System.out.printf("BENCH interleaved: %d queries x %d rounds (%,d hits read)%n", queries.size(), rounds,
                    sink);
            LegislationSearchBench.printHeap();
            printSlowest(queries, firstPageByQuery, rawByQuery, Integer.getInteger("bench.slowest", 0));
            Map<String, LegislationSearchBench.Latency> figures = new LinkedHashMap<>();
            samples.forEach((name, times) -> figures.put(name, times.latency()));
            return figures;
        }
    }

    /**
     * The queries whose first page took longest (median over the rounds), with raw Lucene's time for the same query:
     * what makes the p95 ({@code -Dbench.slowest=N}).
     */
    private static void printSlowest(List<SearchRequest> queries, long[][] firstPage, long[][] raw, int count) {
        java.util.stream.IntStream.range(0, queries.size()).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer q) -> median(firstPage[q])).reversed())
                .limit(count)
                .forEach(q -> System.out.printf("BENCH slow query %6.2f ms (raw Lucene %6.2f ms): %s%n",
                        median(firstPage[q]) / 1e6, median(raw[q]) / 1e6, queries.get(q)));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One system's search of a query; returns something to consume, so that nothing is optimised away. */
    private interface Searcher {
        long run(SearchRequest query) throws IOException, SQLException;
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
