package az.council.helpdesk.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds Azerbaijani letters to the plain Latin ones people type when their keyboard lacks them, so that
 * "icazəsi", "icazesi" and "icazesı" meet: ə→e, ı→i, ö→o, ü→u, ğ→g, ş→s, ç→c. It also folds what other
 * keyboards produce: ä (German layout, used for ə), the digraphs sh/ch/gh typed for ş/ç/ğ, and x/kh.
 * Runs after Turkic lower-casing.
 */
public final class AzerbaijaniFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public AzerbaijaniFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String folded = fold(term);
    term.setEmpty().append(folded);
    return true;
  }

  /** Folds one lower-cased word; public so the language detector and urgency rules fold the same way. */
  public static String fold(CharSequence word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      switch (c) {
        case 'ə', 'ä', 'é', 'è' -> out.append('e');
        case 'ı', 'î', 'í' -> out.append('i');
        case 'ö', 'ô' -> out.append('o');
        case 'ü', 'û', 'ú' -> out.append('u');
        case 'ğ' -> out.append('g');
        case 'ş' -> out.append('s');
        case 'ç' -> out.append('c');
        case 's', 'c', 'g' -> {
          out.append(c);
          if (next == 'h') {
            i++; // "ish", "ichaze", "agh": digraphs typed for ş, ç, ğ
          }
        }
        case 'k' -> {
          if (next == 'h') {
            out.append('x');
            i++;
          } else {
            out.append('k');
          }
        }
        case 'w' -> out.append('v');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
