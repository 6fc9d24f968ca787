package uz.muhokama.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class UzbekLatinFilterTest {

    private final Transliterator icu = Transliterator.getInstance(UzbekTextAnalyzer.TRANSFORM);

    @Test
    void every_token_comes_out_as_the_icu_transform_writes_it() throws IOException {
        List<String> tokens = List.of("Меҳнат", "шартномаси", "ЎзБЕК", "ғалла", "қонун", "ёш", "Ёш", "съезд",
                "mehnat", "oʻzbek", "Ärger", "cafe\u0301", "Ελλάδα", "13-модда", "ПҚ-4699", "PQ-4699", "Меҳнат");
        assertThat(filtered(String.join(" ", tokens)))
                .isEqualTo(tokens.stream().map(icu::transliterate).toList());
    }

    @Test
    void answers_stay_right_when_the_cache_is_full_and_starts_again() throws IOException {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < UzbekLatinFilter.CACHE_SIZE + 50; i++) {
            tokens.add("сўз" + Integer.toString(i, 36).replace('0', 'ш').replace('1', 'ҳ'));
        }
        tokens.add(tokens.getFirst());
        List<String> latin = filtered(String.join(" ", tokens));
        assertThat(latin).hasSize(tokens.size());
        assertThat(latin.getLast()).isEqualTo(icu.transliterate(tokens.getFirst())).startsWith("soʻz");
    }

    @Test
    void only_tokens_with_combining_marks_or_letters_beyond_latin_need_the_transform() {
        assertThat(UzbekLatinFilter.needsTransform("oʻzbek ÄÖÜ xyz-123")).isFalse();
        assertThat(UzbekLatinFilter.needsTransform("cafe\u0301")).isTrue();
        assertThat(UzbekLatinFilter.needsTransform("ўзбек")).isTrue();
    }

    private static List<String> filtered(String text) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (UzbekLatinFilter filter = new UzbekLatinFilter(tokenizer)) {
            CharTermAttribute term = filter.getAttribute(CharTermAttribute.class);
            filter.reset();
            while (filter.incrementToken()) {
                out.add(term.toString());
            }
            filter.end();
        }
        return out;
    }
}
