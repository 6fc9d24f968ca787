package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.search.SearchFacets;
import uz.muhokama.search.SearchHit;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;
import uz.muhokama.search.SearchService;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegislationSearchTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);

    @Autowired
    LegislationImportService imports;

    @Autowired
    SearchService search;

    private String scope;

    @BeforeAll
    void the_labour_code_is_imported_in_uzbek_and_russian() throws IOException {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        ImportResult uz = importFile("labour-code-2022.uz-latn.lexuz.doc", "uz-Latn", "OʻRQ-" + number);
        importFile("labour-code-2022.ru.lexuz.doc", "ru", "ЗРУ-" + number);
        scope = uz.uri();
        await().atMost(Duration.ofSeconds(60)).until(() -> search(SearchRequest.of("", null)).total() >= 1162);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "меҳнат тўғрисидаги қонунчиликнинг ўзаро нисбати",
            "mehnat toʻgʻrisidagi qonunchilikning oʻzaro nisbati",
            "mehnat to'g'risidagi qonunchilikning o'zaro nisbati",
            "mehnat to‘g‘risidagi qonunchilik o’zaro nisbati",
            "соотношения трудового законодательства и иных правовых актов"})
    void article_13_is_found_in_either_script_any_apostrophe_and_another_word_form(String query) {
        SearchResults results = search(SearchRequest.of(query, null));

        assertThat(results.hits()).isNotEmpty();
        SearchHit top = results.hits().getFirst();
        assertThat(top.stored()).containsEntry("eId", "chp_2__art_13");
        assertThat(top.url()).startsWith(scope + "/chp_2__art_13?lang=");
        assertThat(top.snippet()).contains("<mark>");
    }

    @Test
    void a_phrase_in_quotes_matches_only_the_exact_sequence() {
        long phrase = search(SearchRequest.of("\"mehnat shartnomasi\"", null)).total();
        long words = search(SearchRequest.of("mehnat shartnomasi", null)).total();

        assertThat(phrase).isPositive().isLessThanOrEqualTo(words);
    }

    @Test
    void facets_count_matches_and_filters_narrow_them() {
        SearchResults all = search(SearchRequest.of("ish beruvchi", null));
        SearchResults russianOnly = search(new SearchRequest("трудовой договор", null,
                Map.of("language", Set.of("ru")), 2022, 2022, scope, false, 0, 10));

        assertThat(all.facets()).containsKey("type");
        assertThat(all.facets().get("language")).containsKey("uz-Latn");
        assertThat(russianOnly.total()).isPositive();
        assertThat(russianOnly.facets().get("language")).containsOnlyKeys("ru");
    }

    @Test
    void the_facets_asked_apart_from_the_hits_match_those_counted_with_them() {
        SearchRequest withFacets = new SearchRequest("ish beruvchi", null, Map.of(), null, null, scope, false, 0, 10);
        SearchResults together = search(withFacets);
        SearchResults hitsAlone = search(new SearchRequest("ish beruvchi", null, Map.of(), null, null, scope, false,
                0, 10, false));
        SearchFacets apart = search.facets(withFacets);

        assertThat(hitsAlone.facets()).isEmpty();
        assertThat(hitsAlone.hits()).isEqualTo(together.hits());
        assertThat(apart.counts()).isEqualTo(together.facets());
        assertThat(apart.total()).isEqualTo(together.total());
        assertThat(apart.approximate()).isEqualTo(together.approximate());
    }

    @Test
    void lucene_syntax_and_huge_queries_give_a_sensible_answer_not_an_error() {
        assertThat(search(SearchRequest.of("AND OR ( \" * ~ ^ ) [ ] { } : \\ /", null)).hits()).isNotNull();
        assertThat(search(SearchRequest.of("mehnat ".repeat(1500), null)).total()).isPositive();
        assertThat(search(SearchRequest.of("<script>alert(1)</script> mehnat", null)).hits())
                .allSatisfy(hit -> assertThat(hit.snippet()).doesNotContain("<script>"));
    }

    @Test
    void pages_are_consistent_and_sorting_by_date_works() {
        SearchResults first = search(new SearchRequest("mehnat", null, Map.of(), null, null, scope, false, 0, 10));
        SearchResults second = search(new SearchRequest("mehnat", null, Map.of(), null, null, scope, false, 10, 10));
        SearchResults byDate = search(new SearchRequest("mehnat", null, Map.of(), null, null, scope, true, 0, 10));

        assertThat(first.hits()).hasSize(10);
        assertThat(second.hits()).hasSize(10).doesNotContainAnyElementsOf(first.hits());
        assertThat(byDate.total()).isEqualTo(first.total());
    }

    private SearchResults search(SearchRequest request) {
        if (request.scope() == null && scope != null) {
            request = new SearchRequest(request.query(), request.kind(), request.filters(), request.yearFrom(),
                    request.yearTo(), scope, request.byDate(), request.offset(), request.limit());
        }
        return search.search(request);
    }

    private ImportResult importFile(String name, String language, String number) throws IOException {
        return uz.muhokama.support.AsAdmin.run(() -> {
            try (InputStream in = Files.newInputStream(CORPUS.resolve(name))) {
                ImportPreview preview = imports.preview(in, name);
                ActMetadata metadata = new ActMetadata(ActType.CODE, number, ADOPTED, null, null, null, null,
                        ActStatus.IN_FORCE, null, null, null);
                return imports.importEdition(preview.fileId(), metadata, language, ADOPTED, preview.title());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
