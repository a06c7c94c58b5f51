package az.council.helpdesk.search;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

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

  /**
   * A typed "j" is й in "moj", "rajon" but ж in "mojno", "grajdanstvo", "pmj" (phone keyboards and Polish-style
   * habits): such a word yields both skeletons at one position, and only the one the FAQ has can match.
   */
  private static final class SkeletonFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    SkeletonFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (pending != null) {
        term.setEmpty().append(pending);
        position.setPositionIncrement(0);
        pending = null;
        return true;
      }
      while (input.incrementToken()) {
        String word = term.toString();
        String full = Scripts.latinSkeleton(word);
        // Short words ("na", "po", "v") are mostly prepositions: they only add noise here.
        if (full.length() < 3 || !full.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          continue;
        }
        String skeleton = prefix(full);
        if (word.indexOf('j') >= 0) {
          String asZh = prefix(Scripts.latinSkeleton(J_MAYBE_ZH.matcher(word).replaceAll("zh")));
          pending = asZh.equals(skeleton) ? null : asZh;
        }
        term.setEmpty().append(skeleton);
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = null;
    }

    private static String prefix(String skeleton) {
      return skeleton.substring(0, Math.min(PREFIX, skeleton.length()));
    }
  }

  /** A "j" that does not spell я/ю/ё/е (ja, ju, jo, je inside a word): the places where it may stand for ж. */
  private static final Pattern J_MAYBE_ZH =
      Pattern.compile("j(?![auoe])|^j(?=e)");
}
