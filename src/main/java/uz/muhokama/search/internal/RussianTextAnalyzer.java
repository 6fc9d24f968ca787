package uz.muhokama.search.internal;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/** Russian: Lucene's Russian stop words and Snowball stemmer, with ё written as е first (most texts mix them). */
public final class RussianTextAnalyzer extends Analyzer {

    private static final NormalizeCharMap YO = yo();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
        stream = new SnowballFilter(stream, new RussianStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static NormalizeCharMap yo() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ё", "е");
        builder.add("Ё", "Е");
        return builder.build();
    }
}
