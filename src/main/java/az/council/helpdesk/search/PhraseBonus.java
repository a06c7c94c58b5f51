package az.council.helpdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The score neighbouring question words add when an entry's question phrasings have them close together
 * (what separates "work permit" from "residence permit"). It is what a sloppy {@code PhraseQuery} would add
 * in a rescoring pass — the same sloppy frequency (1/(1+distance) per match, slop 2, so a swapped pair
 * still counts) and Lucene's own BM25 scorer over the same statistics — but computed from the cached
 * positions of the few candidate entries: building phrase weights per question cost more than the whole
 * first-pass search.
 */
final class PhraseBonus {
  static final int SLOP = 2;

  /**
   * A pair of neighbouring terms in one question field, and how a match of it is scored: BM25's weight (boost ×
   * both terms' idf) and the field's norm-inverse table.
   */
  record Pair(String field, String first, String second, float weight, float[] normInverse, int[] firstDocs,
      int[] secondDocs) {
    /**
     * Whether the entry can have both terms: from the {@link ScoreTable} postings when there are any, which
     * spares reading the positions of the many candidates that lack one of them.
     */
    boolean mayMatch(int doc) {
      return firstDocs == null || java.util.Arrays.binarySearch(firstDocs, doc) >= 0
          && java.util.Arrays.binarySearch(secondDocs, doc) >= 0;
    }
  }

  private final List<Pair> pairs = new ArrayList<>();

  void add(Pair pair) {
    pairs.add(pair);
  }

  int size() {
    return pairs.size();
  }

  boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** The bonus of Lucene document {@code docId}, whose terms are read only if some pair may match there. */
  float score(int docId, java.util.function.IntFunction<DocumentTerms> terms) {
    float total = 0;
    DocumentTerms doc = null;
    for (Pair pair : pairs) {
      if (!pair.mayMatch(docId)) {
        continue;
      }
      doc = doc != null ? doc : terms.apply(docId);
      int[] first = doc.positions(pair.field(), pair.first());
      if (first.length == 0) {
        continue;
      }
      float freq = sloppyFrequency(first, doc.positions(pair.field(), pair.second()));
      Long norm = doc.norms().get(pair.field());
      if (freq > 0 && norm != null) {
        total += Bm25.score(pair.weight(), freq, pair.normInverse()[((byte) norm.longValue()) & 0xFF]);
      }
    }
    return total;
  }

  /**
   * Sweeps both position lists as Lucene's sloppy phrase matcher does for two terms: the second term is
   * expected one position after the first, every window within {@link #SLOP} of that counts 1/(1+distance),
   * and the earlier of the two moves on.
   */
  static float sloppyFrequency(int[] first, int[] second) {
    float freq = 0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      int a = first[i];
      int b = second[j] - 1;
      int distance = Math.abs(a - b);
      if (distance <= SLOP) {
        freq += 1f / (1 + distance);
      }
      if (a <= b) {
        i++;
      } else {
        j++;
      }
    }
    return freq;
  }
}
