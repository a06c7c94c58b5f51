package az.council.helpdesk.search;

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

/**
 * Lucene's Russian chain (stop words, Snowball stemmer) with ё folded to е first: most people never type ё,
 * and the stemmer treats the two as different letters.
 */
public final class RussianFoldingAnalyzer extends Analyzer {
  private static final NormalizeCharMap YO = yo();

  private static NormalizeCharMap yo() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    builder.add("ё", "е");
    builder.add("Ё", "Е");
    return builder.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(YO, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
    stream = new SnowballFilter(stream, new RussianStemmer());
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
