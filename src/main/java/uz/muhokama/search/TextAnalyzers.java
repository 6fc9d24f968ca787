package uz.muhokama.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import uz.muhokama.search.internal.RussianTextAnalyzer;
import uz.muhokama.search.internal.UzbekTextAnalyzer;

/**
 * The analyzers of the platform's search, one per language of text. Uzbek text in either script goes through
 * {@link #uzbek()}, which writes every token in folded Latin, so a query typed in Cyrillic finds Latin text and the
 * other way round; Russian goes through {@link #russian()} with Snowball stemming and ё folded into е.
 */
public final class TextAnalyzers {

    private TextAnalyzers() {
    }

    public static Analyzer uzbek() {
        return new UzbekTextAnalyzer();
    }

    public static Analyzer russian() {
        return new RussianTextAnalyzer();
    }

    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /**
     * Uzbek text in one comparable form: Latin script, lower case, without apostrophes of any kind ({@code ʻ ʼ ‘ ’ '}
     * and the backtick). Used where whole strings are compared, such as act numbers typed in any script.
     */
    public static String foldUzbek(String text) {
        return UzbekTextAnalyzer.fold(text);
    }
}
