package uz.muhokama.search.internal;

import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light stemmer for Uzbek (folded Latin, no apostrophes): strips the frequent plural, possessive and case endings,
 * longest first, up to three times, never leaving a stem shorter than four letters. Uzbek is agglutinative, so
 * {@code shartnomasini}, {@code shartnomalari} and {@code shartnoma} must meet; verbs are left alone. The same
 * stemming runs on the index and on the query, so an imperfect stem still matches itself.
 */
final class UzbekLightStemFilter extends TokenFilter {

    static final int MIN_STEM = 4;
    private static final int MAX_PASSES = 3;
    private static final List<String> SUFFIXES = List.of(
            "larimizning", "laringizning", "larining", "larimiz", "laringiz", "lardagi", "laridan", "larida",
            "lariga", "larini", "lardan", "larda", "larga", "larni", "larning", "lari", "lar",
            "imizning", "ingizning", "imiz", "ingiz", "sining", "sidan", "sida", "siga", "sini", "si",
            "dagi", "gacha", "ning", "dan", "tan", "da", "ta", "ga", "ka", "qa", "ni", "ning", "im", "ing", "i")
            .stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    UzbekLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = stem(term.toString());
            term.setEmpty().append(stem);
        }
        return true;
    }

    static String stem(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String current = word;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String stripped = stripOnce(current);
            if (stripped.equals(current)) {
                break;
            }
            current = stripped;
        }
        return current;
    }

    private static String stripOnce(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
