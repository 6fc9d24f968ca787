package uz.muhokama.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.SearchRequest;

/**
 * Search latency of the platform's search (query, facets, snippets, stored fields of a page of 10) against raw Lucene
 * on the same index and the same query (top 10 ids only, the limit). The index holds the Labour Code's articles in
 * Uzbek and Russian, copied {@code -Dbench.copies} times as acts of different years and types.
 *
 * <p>Run: {@code mvn -B test -Dtest=SearchBenchmark -Dbench=true -Dbench.copies=200}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SearchBenchmark {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final String[] TYPES = {"CODE", "LAW", "DECREE", "RESOLUTION"};
    private static final List<SearchRequest> QUERIES = List.of(
            SearchRequest.of("mehnat shartnomasi", null),
            SearchRequest.of("меҳнат шартномаси", null),
            SearchRequest.of("mehnat to'g'risidagi qonunchilikning o'zaro nisbati", null),
            SearchRequest.of("трудовой договор", null),
            SearchRequest.of("соотношения трудового законодательства", null),
            SearchRequest.of("\"ish beruvchi\"", null),
            SearchRequest.of("ish haqi*", null),
            SearchRequest.of("отпуск", null),
            new SearchRequest("mehnat", null, Map.of("type", Set.of("LAW")), 2010, 2015, null, false, 0, 10),
            new SearchRequest("работник", null, Map.of("language", Set.of("ru")), null, null, null, true, 0, 10));

    @TempDir
    Path folder;

    @Test
    void platform_search_against_raw_lucene() throws IOException {
        int copies = Integer.getInteger("bench.copies", 50);
        List<SearchDocument> articles = new ArrayList<>();
        articles.addAll(articles("labour-code-2022.uz-latn.articles.json", "uz-Latn"));
        articles.addAll(articles("labour-code-2022.ru.articles.json", "ru"));
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            long start = System.nanoTime();
            int count = 0;
            for (int copy = 0; copy < copies; copy++) {
                for (SearchDocument a : articles) {
                    index.add(new SearchDocument(a.id() + ":" + copy, "act:" + copy, a.kind(), a.language(),
                            a.title(), a.text(), a.url(), "/act/" + copy, a.date().minusYears(copy % 30),
                            Map.of("type", TYPES[copy % TYPES.length], "language", a.language()), a.stored()));
                    count++;
                }
            }
            index.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH indexed %d provisions in %.1f s (%.0f per second)%n", count, seconds,
                    count / seconds);
            LuceneSearch platform = new LuceneSearch(index);
            for (int warm = 0; warm < 20; warm++) {
                QUERIES.forEach(q -> platform.search(q));
                QUERIES.forEach(q -> raw(index, platform, q));
            }
            long[] ours = new long[QUERIES.size() * 20];
            long[] limit = new long[ours.length];
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < QUERIES.size(); i++) {
                    SearchRequest q = QUERIES.get(i);
                    long t0 = System.nanoTime();
                    assertThat(platform.search(q).hits()).isNotNull();
                    long t1 = System.nanoTime();
                    raw(index, platform, q);
                    long t2 = System.nanoTime();
                    ours[round * QUERIES.size() + i] = t1 - t0;
                    limit[round * QUERIES.size() + i] = t2 - t1;
                }
            }
            report("platform", ours);
            report("raw lucene", limit);
            System.out.printf("BENCH ratio at p95: %.2f%n", percentile(ours, 95) / percentile(limit, 95));
        }
    }

    private static void raw(LuceneIndex index, LuceneSearch platform, SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            searcher.search(platform.query(request), request.limit());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private static void report(String name, long[] nanos) {
        System.out.printf("BENCH %-10s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", name, percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static List<SearchDocument> articles(String file, String language) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> byNumber = new ObjectMapper().readValue(Files.readString(CORPUS.resolve(file)),
                LinkedHashMap.class);
        List<SearchDocument> documents = new ArrayList<>();
        byNumber.forEach((number, text) -> {
            int lineEnd = text.indexOf('\n');
            String title = lineEnd < 0 ? text : text.substring(0, lineEnd);
            documents.add(new SearchDocument("act:" + language + ":" + number, "act", "provision", language, title,
                    text.substring(lineEnd + 1), "/act/" + number, "/act", LocalDate.of(2022, 10, 28), Map.of(),
                    Map.of("eId", "art_" + number)));
        });
        return documents;
    }
}
