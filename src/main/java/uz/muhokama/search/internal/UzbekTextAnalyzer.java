package uz.muhokama.search.internal;

import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Uzbek in either script. Apostrophe variants become U+02BB first, a modifier letter, so that {@code o‘zbek} stays one
 * token; the official ICU transform {@code uz_Cyrl-uz_Latn} writes Cyrillic in Latin ({@link UzbekLatinFilter}); then
 * lower case, apostrophes removed (people often type none), and a light suffix stemmer for the most frequent case and
 * possessive endings.
 */
public final class UzbekTextAnalyzer extends Analyzer {

    static final String TRANSFORM = "uz_Cyrl-uz_Latn";
    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'‘’`´]");
    private static final NormalizeCharMap APOSTROPHE_MAP = apostropheMap();
    /** A transliterator is not safe for concurrent use, and creating one costs far more than using it. */
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSFORM));

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHE_MAP, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new UzbekLatinFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new PatternReplaceFilter(stream, APOSTROPHES, "", true);
        stream = new UzbekLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new UzbekLatinFilter(in);
        stream = new LowerCaseFilter(stream);
        return new PatternReplaceFilter(stream, APOSTROPHES, "", true);
    }

    /** See {@link uz.muhokama.search.TextAnalyzers#foldUzbek(String)}. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String latin = UzbekLatinFilter.needsTransform(text) ? TO_LATIN.get().transliterate(text) : text;
        return APOSTROPHES.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static NormalizeCharMap apostropheMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String variant : new String[] {"'", "‘", "’", "`", "´", "ʼ"}) {
            builder.add(variant, "ʻ");
        }
        return builder.build();
    }
}
