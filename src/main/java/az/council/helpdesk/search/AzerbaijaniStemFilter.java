package az.council.helpdesk.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light suffix stripper for folded Azerbaijani. Azerbaijani is agglutinative ("qeydiyyatdan",
 * "icazəsini", "yaşayıramsa"), so without stripping a question rarely shares a word form with the FAQ. This
 * is deliberately not a full morphological analyser: it peels common case, possessive, plural, copula and
 * verb endings from the right, at most {@link #MAX_ROUNDS} times, and never leaves a stem shorter than
 * {@link #MIN_STEM} letters. Because index and query go through the same filter, consistent over-stemming is
 * harmless; under-stemming is what costs recall.
 */
public final class AzerbaijaniStemFilter extends TokenFilter {
  static final int MIN_STEM = 3;
  static final int MAX_ROUNDS = 3;

  /**
   * Folded suffixes (vowel harmony variants collapse after folding: ı/i → i, ü/u → u, ə/e → e), longest
   * first so that "dan" wins over "an".
   */
  private static final List<String> SUFFIXES =
      Stream.of(
          // verb forms
          "yacaqsiniz", "yeceksiniz", "acaqsiniz", "eceksiniz", "mamaliyam", "memeliyem",
          "malidir", "melidir", "maliyam", "meliyem", "malisiniz", "melisiniz", "yiriq", "yirsiniz",
          "iramsa", "iremse", "uramsa", "yiram", "yirem", "yiriq", "yirlar", "yirler",
          "iram", "irem", "uram", "urem", "irsan", "irsen", "irsiniz", "ir",
          "acaq", "ecek", "yacaq", "yecek", "maq", "mek", "mali", "meli", "misdir", "musdur",
          "mis", "mus", "dim", "dik", "diq", "duq", "duk", "diniz", "dunuz", "di", "du", "ti", "tu",
          "sam", "sem", "saq", "sek", "sa", "se", "ib", "ub", "araq", "erek", "arken", "erken",
          // copula / predicative
          "dirlar", "dirler", "dir", "dur", "tir", "tur", "dirmi",
          // plural + possessive + case
          "larimizdan", "lerimizden", "larindan", "lerinden", "larina", "lerine", "larini", "lerini",
          "larin", "lerin", "lari", "leri", "lar", "ler",
          "imizdan", "imizden", "imiza", "imize", "imizi", "imiz", "umuz", "iniz", "unuz",
          "sindan", "sinden", "sina", "sine", "sini", "sinin", "sinda", "sinde", "si", "su",
          "nin", "nun", "inin", "unun", "nun", "in", "un",
          "dan", "den", "tan", "ten", "da", "de", "ta", "te",
          "ya", "ye", "na", "ne", "ni", "nu",
          "yla", "yle", "la", "le",
          "ca", "ce", "ki",
          "im", "um", "a", "e", "i", "u")
          .distinct()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * The suffixes by their last letter, each list still longest first: a word is tried only against the
   * suffixes it can end with (trying all of them at every round was a tenth of a question's analysis).
   */
  private static final Map<Character, List<String>> BY_LAST_LETTER =
      SUFFIXES.stream().collect(Collectors.groupingBy(s -> s.charAt(s.length() - 1), Collectors.toList()));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public AzerbaijaniStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
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
    if (!isAlphabetic(word)) {
      return word;
    }
    String current = word;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = stripOnce(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static String stripOnce(String word) {
    if (word.isEmpty()) {
      return word;
    }
    for (String suffix : BY_LAST_LETTER.getOrDefault(word.charAt(word.length() - 1), List.of())) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static boolean isAlphabetic(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
