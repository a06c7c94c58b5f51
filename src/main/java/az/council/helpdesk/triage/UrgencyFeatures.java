package az.council.helpdesk.triage;

import az.council.helpdesk.search.AzerbaijaniFoldingFilter;
import java.util.Arrays;

/**
 * The features the {@link UrgencyModel} reads: the character n-grams of each word (padded with a space on
 * both sides, so "pills" gives " p", "pi", … "ls "), hashed into a fixed number of buckets, present or absent,
 * scaled to unit length. Character n-grams rather than words because people in distress misspell, drop
 * diacritics and mix scripts: "tabletki", "таблетки" and "tabletkalar" share most of their n-grams where
 * they share no word. The text is lower-cased and Azerbaijani-folded first, as the rules' views are.
 */
record UrgencyFeatures(int bits, int minN, int maxN) {
  /** 65,536 buckets, n-grams of 2 to 5 characters: the best of the settings cross-validated on the dev split. */
  static final UrgencyFeatures DEFAULT = new UrgencyFeatures(16, 2, 5);

  /** Sorted distinct bucket numbers (0-based) of the text's n-grams. */
  int[] buckets(String text) {
    String folded = AzerbaijaniFoldingFilter.fold(UrgencyDetector.lower(text));
    int mask = (1 << bits) - 1;
    // Each word adds two padding spaces, so the padded text is at most twice as long plus one.
    int[] found = new int[(maxN - minN + 1) * (2 * folded.length() + 2)];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        count = word(folded, start, i, mask, found, count);
        start = -1;
      }
    }
    int[] sorted = Arrays.copyOf(found, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /**
   * Hashes the n-grams of the padded word text[from, to) without building the strings: from each start, FNV-1a
   * grows one character at a time, so every n from {@code minN} to {@code maxN} costs one step more.
   */
  private int word(String text, int from, int to, int mask, int[] found, int count) {
    int length = to - from + 2;
    for (int offset = 0; offset + minN <= length; offset++) {
      int hash = 0x811c9dc5;
      int end = Math.min(offset + maxN, length);
      for (int k = offset; k < end; k++) {
        char c = k == 0 || k == length - 1 ? ' ' : text.charAt(from + k - 1);
        hash = (hash ^ c) * 0x01000193;
        int n = k - offset + 1;
        if (n >= minN) {
          found[count++] = mix(hash ^ n) & mask;
        }
      }
    }
    return count;
  }

  /** Murmur3's finaliser: FNV alone leaves the low bits, the ones the mask keeps, poorly spread. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
