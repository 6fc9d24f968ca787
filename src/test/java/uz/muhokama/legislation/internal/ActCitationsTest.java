package uz.muhokama.legislation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uz.muhokama.legislation.internal.ActCitations.Citation;
import uz.muhokama.legislation.internal.ActCitations.Kind;

class ActCitationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Prezidentning 2019-yil 8-apreldagi ПҚ-4699-сон қарори|ПҚ-4699|pq-4699",
            "Prezidentning PQ-4699-son qarori bilan|PQ-4699-son|pq-4699",
            "Qonunga (OʻRQ-798) muvofiq|OʻRQ-798|zru-798",
            "Закон ЗРУ-798 от 28 октября|ЗРУ-798|zru-798",
            "Указ Президента УП-60 от 28.01.2022|УП-60|pf-60"})
    void act_numbers_are_found_in_any_script(String text, String cited, String key) {
        List<Citation> found = ActCitations.find(text);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.NUMBER);
            assertThat(text.substring(c.start(), c.end())).isEqualTo(cited);
            assertThat(c.target()).isEqualTo(key);
        });
    }

    @Test
    void an_article_of_a_named_code_is_found_in_uzbek_and_russian() {
        assertThat(ActCitations.find("Mehnat kodeksining 13-moddasida nazarda tutilgan"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.CODE_ARTICLE);
                    assertThat(c.target()).isEqualTo("mehnat");
                    assertThat(c.article()).isEqualTo("13");
                });
        assertThat(ActCitations.find("в соответствии со статьей 13 Трудового кодекса Республики"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.CODE_ARTICLE);
                    assertThat("трудовой кодекс").contains(c.target());
                    assertThat(c.article()).isEqualTo("13");
                });
    }

    @Test
    void an_article_of_a_named_code_in_uzbek_cyrillic_names_the_code_by_its_latin_title() {
        assertThat(ActCitations.find("Меҳнат кодексининг 13-моддасига мувофиқ"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.CODE_ARTICLE);
                    assertThat(c.target()).isEqualTo("mehnat");
                    assertThat(c.article()).isEqualTo("13");
                });
        assertThat(ActCitations.find("ушбу Кодекснинг 46-моддаси")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.SAME_ACT_ARTICLE));
    }

    @Test
    void an_article_of_the_act_itself_is_found() {
        assertThat(ActCitations.find("ushbu Kodeksning 13-moddasi bilan belgilangan"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.SAME_ACT_ARTICLE);
                    assertThat(c.article()).isEqualTo("13");
                });
        assertThat(ActCitations.find("bunda ushbu Qarorning 2-moddasi qoidalari"))
                .singleElement().satisfies(c -> assertThat(c.article()).isEqualTo("2"));
        assertThat(ActCitations.find("предусмотренных частью второй статьи 13 настоящего Кодекса"))
                .singleElement().satisfies(c -> assertThat(c.article()).isEqualTo("13"));
    }

    @Test
    void words_that_only_look_like_numbers_are_not_citations() {
        assertThat(ActCitations.find("APQ-12 va PQ12345678 hamda 13-modda")).isEmpty();
        assertThat(ActCitations.find("")).isEmpty();
    }

    @Test
    void cited_acts_in_the_base_become_escaped_links_and_the_rest_stays_text() {
        ActHtml.CitationLinks links = c -> c.target().equals("pq-4699")
                ? Optional.of("/act/uz/resolution/2019/4699") : Optional.empty();

        String html = ActHtml.linked("<b> PQ-4699-son qarori va PF-60 & ushbu Kodeksning 13-moddasi", links);

        assertThat(html).isEqualTo("&lt;b&gt; <a class=\"citation\" href=\"/act/uz/resolution/2019/4699\">"
                + "PQ-4699-son</a> qarori va PF-60 &amp; ushbu Kodeksning 13-moddasi");
    }
}
