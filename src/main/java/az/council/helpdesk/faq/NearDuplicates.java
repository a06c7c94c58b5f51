package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds pairs of entries whose questions say nearly the same thing in the same language: two such entries
 * compete in search and the bot cannot tell them apart, so an editor should merge them or sharpen one.
 * Questions are compared only with questions of the same language, never across languages.
 */
final class NearDuplicates {
  /**
   * Two questions sharing this share of their words (Jaccard, words of 3+ letters) are near-duplicates. On
   * the 88-entry FAQ of November 2026 the closest distinct pair shares 62% (ru trp-grounds / trp-work).
   */
  static final double THRESHOLD = 0.8;

  private NearDuplicates() {}

  /** One reported pair: {@code second} comes after {@code first} in file order. */
  record Pair(FaqFolder.Located first, FaqFolder.Located second, List<Language> languages, double similarity) {}

  static List<Pair> find(List<FaqFolder.Located> entries) {
    Map<List<Integer>, List<Language>> languagesByPair = new LinkedHashMap<>();
    Map<List<Integer>, Double> highest = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      List<Set<String>> words = entries.stream().map(l -> words(l.entry().in(language).question())).toList();
      for (int i = 0; i < entries.size(); i++) {
        for (int j = i + 1; j < entries.size(); j++) {
          double similarity = similarity(words.get(i), words.get(j));
          if (similarity >= THRESHOLD) {
            List<Integer> key = List.of(i, j);
            languagesByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(language);
            highest.merge(key, similarity, Math::max);
          }
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    languagesByPair.forEach((key, languages) ->
        pairs.add(new Pair(entries.get(key.get(0)), entries.get(key.get(1)), languages, highest.get(key))));
    return pairs;
  }

  static Set<String> words(String text) {
    String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    Set<String> words = new HashSet<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 2) {
        words.add(word);
      }
    }
    return words;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) common.size() / union.size();
  }
}
