package uz.muhokama.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzersTest {

    private final Analyzer uzbek = TextAnalyzers.uzbek();
    private final Analyzer russian = TextAnalyzers.russian();

    @ParameterizedTest
    @ValueSource(strings = {
            "mehnat shartnomasi", "Меҳнат шартномаси", "MEHNAT SHARTNOMASI", "mehnat shartnomasini",
            "меҳнат шартномалари"})
    void uzbek_in_either_script_and_any_form_meets_the_same_terms(String text) throws IOException {
        assertThat(terms(uzbek, text)).isEqualTo(terms(uzbek, "mehnat shartnoma"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oʻzbek", "o‘zbek", "o’zbek", "o'zbek", "o`zbek", "ozbek", "ўзбек", "Ўзбек"})
    void every_apostrophe_variant_folds_to_one_form(String word) throws IOException {
        assertThat(terms(uzbek, word)).containsExactly("ozbek");
    }

    @Test
    void the_separation_sign_and_its_cyrillic_hard_sign_fold_alike() throws IOException {
        assertThat(terms(uzbek, "maʼlumot")).isEqualTo(terms(uzbek, "маълумот")).isEqualTo(terms(uzbek, "ma'lumot"));
    }

    @Test
    void an_article_number_in_uzbek_stays_searchable() throws IOException {
        assertThat(terms(uzbek, "13-modda")).containsExactly("13", "modda");
        assertThat(terms(uzbek, "13-моддаси")).containsExactly("13", "modda");
    }

    @Test
    void short_words_are_not_stemmed_away() throws IOException {
        assertThat(terms(uzbek, "ish")).containsExactly("ish");
        assertThat(terms(uzbek, "bola")).containsExactly("bola");
    }

    @Test
    void russian_morphology_and_yo_are_folded() throws IOException {
        assertThat(terms(russian, "трудового договора")).isEqualTo(terms(russian, "трудовой договор"));
        assertThat(terms(russian, "учёт")).isEqualTo(terms(russian, "учет"));
        assertThat(terms(russian, "в и на")).isEmpty();
    }

    @Test
    void act_numbers_typed_in_any_script_fold_to_one_string() {
        assertThat(TextAnalyzers.foldUzbek("OʻRQ-798")).isEqualTo(TextAnalyzers.foldUzbek("ЎРҚ-798"))
                .isEqualTo(TextAnalyzers.foldUzbek("o'rq-798")).isEqualTo("orq-798");
        assertThat(TextAnalyzers.foldUzbek("ПҚ-4699")).isEqualTo("pq-4699");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }
}
