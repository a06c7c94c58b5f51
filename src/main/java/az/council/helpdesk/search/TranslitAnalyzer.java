package az.council.helpdesk.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For Russian typed in Latin letters ("skolko stoit registraciya"). Russian FAQ text is mapped to a Latin
 * skeleton at index time and the user's Latin text is reduced to the same skeleton at query time; both are
 * then cut to a {@value #PREFIX}-letter prefix, a crude but script-independent stemmer.
 */
public final class TranslitAnalyzer extends Analyzer {
  static final int PREFIX = 5;
  private static final NormalizeCharMap CYRILLIC = map();

  private static NormalizeCharMap map() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    Scripts.RU_CYRILLIC_TO_SKELETON.forEach(builder::add);
    Scripts.RU_CYRILLIC_TO_SKELETON.forEach((k, v) -> builder.add(k.toUpperCase(java.util.Locale.ROOT), v));
    return builder.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CYRILLIC, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new SkeletonFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  private static final class SkeletonFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SkeletonFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        String skeleton = Scripts.latinSkeleton(term.toString());
        // Short words ("na", "po", "v") are mostly prepositions: they only add noise here.
        if (skeleton.length() < 3 || !skeleton.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          continue;
        }
        term.setEmpty().append(skeleton, 0, Math.min(PREFIX, skeleton.length()));
        return true;
      }
      return false;
    }
  }
}
