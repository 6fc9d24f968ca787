package uz.muhokama.search.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes each token in Uzbek Latin with ICU's official {@code uz_Cyrl-uz_Latn} transform, as Lucene's
 * {@code ICUTransformFilter} does, but only where there is something to transliterate, and remembering the answers.
 * The rule-based transform costs tens of microseconds per token even when it changes nothing, which made it most of
 * the indexing time: a token with no character from U+0300 on (no combining mark, no Cyrillic) is left as it is, and
 * the transform is deterministic per token, so the Cyrillic ones are looked up in a bounded cache first (a text's
 * vocabulary is small next to its length).
 */
final class UzbekLatinFilter extends TokenFilter {

    static final int CACHE_SIZE = 20_000;
    private static final char FIRST_TRANSFORMED = '\u0300';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Transliterator toLatin = Transliterator.getInstance(UzbekTextAnalyzer.TRANSFORM);
    private final Map<String, String> known = new HashMap<>();

    UzbekLatinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (needsTransform(term.buffer(), term.length())) {
            String latin = latin(term.toString());
            term.setEmpty().append(latin);
        }
        return true;
    }

    static boolean needsTransform(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_TRANSFORMED) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsTransform(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= FIRST_TRANSFORMED) {
                return true;
            }
        }
        return false;
    }

    private String latin(String token) {
        String latin = known.get(token);
        if (latin == null) {
            if (known.size() >= CACHE_SIZE) {
                known.clear();
            }
            latin = toLatin.transliterate(token);
            known.put(token, latin);
        }
        return latin;
    }
}
