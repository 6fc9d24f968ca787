package uz.muhokama.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.SearchRequest;

class BulkIndexerTest {

    @TempDir
    Path folder;

    @Test
    void every_document_handed_over_is_indexed_once_whatever_thread_took_it() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        long count;
        try (BulkIndexer bulk = new BulkIndexer(d -> assertThat(seen.add(d.id())).isTrue(), 3)) {
            for (int i = 0; i < 1_001; i++) {
                bulk.accept(document(i));
            }
            count = bulk.finish();
        }
        assertThat(count).isEqualTo(1_001);
        assertThat(seen).hasSize(1_001);
    }

    @Test
    void a_bulk_load_into_the_index_is_searchable_after_the_commit() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            long added = index.addAll(documents -> {
                for (int i = 0; i < 500; i++) {
                    documents.accept(document(i));
                }
            });
            index.commit();

            assertThat(added).isEqualTo(500);
            assertThat(new LuceneSearch(index).search(SearchRequest.of("wage", "provision")).total()).isEqualTo(500);
        }
    }

    @Test
    void a_failure_on_an_indexing_thread_reaches_the_caller() {
        BulkIndexer bulk = new BulkIndexer(d -> {
            throw new IllegalStateException("disk full");
        }, 2);

        assertThatThrownBy(() -> {
            try (bulk) {
                for (int i = 0; i < 10_000; i++) {
                    bulk.accept(document(i));
                }
                bulk.finish();
            }
        }).hasMessage("disk full");
    }

    @Test
    void a_failing_producer_stops_the_indexing_threads_and_its_failure_comes_through() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            assertThatThrownBy(() -> index.addAll(documents -> {
                documents.accept(document(1));
                throw new IllegalArgumentException("unreadable row");
            })).hasMessage("unreadable row");
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("search-bulk-index-") && t.isAlive());
    }

    private static SearchDocument document(int i) {
        return new SearchDocument("doc:" + i, "group:" + i, "provision", "en", "Article " + i,
                "The employer pays the wage", "/doc/" + i, "/act", LocalDate.of(2020, 1, 1), Map.of("type", "LAW"),
                Map.of());
    }
}
