package uz.muhokama.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.SearchFacets;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSearchTest {

    private static final int DOCUMENTS = 2_000;

    @TempDir
    static Path folder;

    private LuceneIndex index;
    private LuceneSearch search;

    @BeforeAll
    void an_index_of_two_thousand_english_documents_and_one_long_uzbek_one() {
        index = LuceneIndex.open(folder);
        for (int i = 0; i < DOCUMENTS; i++) {
            index.add(new SearchDocument("doc:" + i, "group:" + i / 100, "provision", "en", "Article " + i,
                    "The employer pays the wage " + (i % 7 == 0 ? "and the leave allowance" : "on time"), "/doc/" + i,
                    "/act/" + i / 100, LocalDate.of(2000 + i % 20, 1, 1), Map.of("type", i % 2 == 0 ? "LAW" : "CODE"),
                    Map.of()));
        }
        String filler = "Ish beruvchi xodimga ish haqini toʻlaydi. ".repeat(200);
        index.add(new SearchDocument("long", "long", "provision", "uz-Latn", "Uzun modda", filler + "kafolatlangan",
                "/long", "/long", LocalDate.of(2022, 1, 1), Map.of("type", "LAW"), Map.of()));
        index.commit();
        search = new LuceneSearch(index, 50, 500);
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void facets_are_counted_for_the_first_page_or_when_asked_only() {
        assertThat(search.search(request("leave", 0)).facets()).containsKey("type");
        assertThat(search.search(request("leave", 10)).facets()).isEmpty();
        assertThat(search.search(new SearchRequest("leave", null, Map.of(), null, null, null, false, 0, 10, false))
                .facets()).isEmpty();
    }

    @Test
    void below_the_limit_the_total_and_the_facets_are_exact() {
        SearchResults results = search.search(request("leave", 0));

        assertThat(results.approximate()).isFalse();
        assertThat(results.total()).isEqualTo(286);
        assertThat(results.facets().get("type")).containsEntry("LAW", 143L).containsEntry("CODE", 143L);
    }

    @Test
    void above_the_limit_the_total_and_the_facets_are_estimated_from_a_sample_and_marked() {
        SearchResults results = search.search(request("employer", 0));

        assertThat(results.approximate()).isTrue();
        assertThat(results.total()).isBetween(1_500L, 2_500L);
        assertThat(results.facets().get("type").values())
                .allSatisfy(count -> assertThat(count % LuceneIndex.SAMPLE_RATES[0]).isZero());
        assertThat(results.hits()).hasSize(10);
    }

    @Test
    void with_very_many_matches_the_facets_come_from_the_finer_sample() {
        LuceneSearch coarse = new LuceneSearch(index, 50, 64);

        SearchResults results = coarse.search(request("employer", 0));

        assertThat(results.approximate()).isTrue();
        assertThat(results.facets().get("type").values())
                .allSatisfy(count -> assertThat(count % LuceneIndex.SAMPLE_RATES[1]).isZero());
        assertThat(results.total()).isBetween(1_000L, 3_500L);
    }

    @Test
    void a_search_whose_every_match_the_page_saw_is_counted_exactly_in_either_order() {
        LuceneSearch wide = new LuceneSearch(index, 500, 500);

        SearchResults results = wide.search(request("leave", 0));

        assertThat(results.approximate()).isFalse();
        assertThat(results.total()).isEqualTo(286);
        assertThat(results.facets().get("type")).containsEntry("LAW", 143L).containsEntry("CODE", 143L);
        assertThat(wide.search(new SearchRequest("leave", null, Map.of(), null, null, null, true, 0, 10))
                .facets().get("type")).containsEntry("LAW", 143L).containsEntry("CODE", 143L);
    }

    @Test
    void without_facets_a_large_total_is_a_lower_bound_that_still_shows_there_is_more() {
        SearchResults results = search.search(request("employer", 10));

        assertThat(results.approximate()).isTrue();
        assertThat(results.total()).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo(DOCUMENTS);
        assertThat(results.hits()).hasSize(10);
    }

    @Test
    void filters_narrow_the_exact_counts() {
        SearchResults laws = search.search(new SearchRequest("leave", null, Map.of("type", Set.of("LAW")), null,
                null, null, false, 0, 10));

        assertThat(laws.total()).isEqualTo(143);
        assertThat(laws.facets().get("type")).containsOnlyKeys("LAW");
    }

    @Test
    void a_match_beyond_the_stored_beginning_is_found_and_shown_with_the_beginning() {
        SearchResults results = search.search(request("kafolatlangan", 0));

        assertThat(results.hits()).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).startsWith("Ish beruvchi").doesNotContain("<mark>"));
    }

    @Test
    void a_hit_is_highlighted_in_its_own_language() {
        SearchResults results = search.search(request("ish haqini", 0));

        assertThat(results.hits()).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("<mark>ish</mark> <mark>haqini</mark>"));
    }

    @Test
    void the_facets_asked_apart_from_the_hits_count_the_same_matches_exactly_below_the_limit() {
        SearchFacets facets = search.facets(new SearchRequest("leave", null, Map.of(), null, null, null, false, 0, 10,
                false));

        assertThat(facets.approximate()).isFalse();
        assertThat(facets.total()).isEqualTo(286);
        assertThat(facets.counts().get("type")).containsEntry("LAW", 143L).containsEntry("CODE", 143L);
    }

    @Test
    void the_facets_asked_apart_from_the_hits_are_estimated_and_marked_above_the_limit() {
        SearchFacets facets = search.facets(request("employer", 0));

        assertThat(facets.approximate()).isTrue();
        assertThat(facets.total()).isBetween(1_500L, 2_500L);
        assertThat(facets.counts().get("type").values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    @Test
    void the_facets_asked_apart_from_the_hits_follow_the_filters() {
        SearchFacets facets = search.facets(new SearchRequest("leave", null, Map.of("type", Set.of("LAW")), null,
                null, null, false, 0, 10));

        assertThat(facets.total()).isEqualTo(143);
        assertThat(facets.counts().get("type")).containsOnlyKeys("LAW");
    }

    @Test
    void the_hits_alone_come_with_an_exact_small_total_and_without_facets() {
        SearchResults results = search.search(new SearchRequest("leave", null, Map.of(), 2000, 2000, null, false, 0,
                10, false));

        assertThat(results.facets()).isEmpty();
        assertThat(results.hits()).hasSize(10);
        assertThat(results.total()).isEqualTo(15);
        assertThat(results.approximate()).isFalse();
    }

    private static SearchRequest request(String words, int offset) {
        return new SearchRequest(words, null, Map.of(), null, null, null, false, offset, 10);
    }
}
