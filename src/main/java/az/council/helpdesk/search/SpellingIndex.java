package az.council.helpdesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the FAQ's spelling of a mistyped term in microseconds, using the symmetric-delete idea (SymSpell):
 * every vocabulary term is stored under itself and each of its one-letter deletions; a typed term looks up
 * itself and its own deletions. A shared key means at most one edit on each side, which covers the typos
 * people make on phones (a missing, extra, wrong or swapped letter). Candidates keep the first letter (people
 * rarely get it wrong, and it cuts false friends) and are checked with a real edit distance.
 */
final class SpellingIndex {
  static final int MIN_LENGTH = 4;
  private final Map<String, List<Candidate>> byKey = new HashMap<>();

  private record Candidate(String term, int frequency) {}

  /** Adds a vocabulary term with its document frequency. */
  void add(String term, int frequency) {
    if (term.length() < MIN_LENGTH - 1) {
      return;
    }
    Candidate candidate = new Candidate(term, frequency);
    byKey.computeIfAbsent(term, k -> new ArrayList<>(1)).add(candidate);
    for (int i = 1; i < term.length(); i++) { // never delete the first letter
      String key = term.substring(0, i) + term.substring(i + 1);
      byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(candidate);
    }
  }

  /** The closest known term within one edit (first letter kept), the most frequent among equals. */
  Optional<String> nearest(String term) {
    if (term.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    Candidate best = null;
    for (int i = 0; i <= term.length(); i++) {
      String key = i == 0 ? term : i == 1 ? null : term.substring(0, i - 1) + term.substring(i);
      if (key == null) {
        continue; // deleting the first letter is not allowed
      }
      for (Candidate c : byKey.getOrDefault(key, List.of())) {
        if (!c.term().equals(term) && c.term().charAt(0) == term.charAt(0) && distance(term, c.term()) <= 1
            && (best == null || c.frequency() > best.frequency())) {
          best = c;
        }
      }
    }
    return Optional.ofNullable(best).map(Candidate::term);
  }

  /** Edit distance, cut short: words whose lengths differ by more than one are at least two apart. */
  static int distance(String a, String b) {
    return Math.abs(a.length() - b.length()) > 1 ? 2 : EditDistance.between(a, b);
  }
}
