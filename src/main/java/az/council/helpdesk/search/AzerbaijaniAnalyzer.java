package az.council.helpdesk.search;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * Lucene has no Azerbaijani analyzer, so this one wires: Cyrillic → Latin mapping (older users type in
 * Cyrillic), the standard tokenizer, Turkic lower-casing (I → ı, İ → i), diacritic folding so text typed
 * without ə ı ö ü ğ ş ç still matches, stop words, and a light suffix stripper.
 */
public final class AzerbaijaniAnalyzer extends Analyzer {
  /** Folded function words: pronouns, particles, conjunctions, question words and light verbs. */
  static final List<String> STOP_WORDS =
      List.of(
          "ve", "ile", "ucun", "bu", "o", "bir", "ne", "nece", "neye", "niye", "hara", "harda", "harada",
          "haraya", "men", "sen", "biz", "siz", "onlar", "mene", "menim", "meni", "bize", "bizim", "size",
          "sizin", "ona", "onu", "onun", "da", "de", "ki", "ya", "yaxud", "amma", "lakin", "her", "hansi",
          "kimi", "qeder", "mi", "mu", "salam", "zehmet", "olmasa", "xahis", "edirem", "eger", "bes", "cox",
          "sag", "olun", "ola", "olsun", "artiq", "hele", "indi", "sonra", "evvel", "uzre", "gore", "hec",
          "ise", "isə", "yene", "hem", "ham");

  private static final NormalizeCharMap CYRILLIC = buildCyrillicMap();
  private final CharArraySet stopWords = new CharArraySet(STOP_WORDS, false);

  private static NormalizeCharMap buildCyrillicMap() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    Scripts.AZ_CYRILLIC_TO_LATIN.forEach(builder::add);
    Scripts.AZ_CYRILLIC_PAIRS_TO_LATIN.forEach(builder::add);
    return builder.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CYRILLIC, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new TurkishLowerCaseFilter(source);
    stream = new AzerbaijaniFoldingFilter(stream);
    stream = new StopFilter(stream, stopWords);
    stream = new AzerbaijaniStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new AzerbaijaniFoldingFilter(new TurkishLowerCaseFilter(in));
  }
}
