package az.council.helpdesk.triage;

import az.council.helpdesk.search.Scripts;
import java.util.Arrays;

/**
 * A text with the positions where its words start, found once: every urgency rule and cue looks for phrases
 * only there, and finding the word starts again for each of some thirty patterns was an eighth of the
 * detector's time. A word start is a position not preceded by a letter or number, as the look-behind
 * {@code (?<![\p{L}\p{N}])} reads it (so also a punctuation mark after a space).
 */
record ScannedText(String text, int[] wordStarts) {
  /** Latin, Cyrillic and their accented letters: looked up in an array, the rest through {@link Character}. */
  private static final int TABLE_SIZE = 0x0530;

  private static final boolean[] WORD_CHARACTER = new boolean[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      WORD_CHARACTER[c] = Scripts.isLetterOrNumber(c);
    }
  }

  static ScannedText of(String text) {
    int[] starts = new int[text.length()];
    int count = 0;
    for (int at = 0; at < text.length(); at++) {
      if (at == 0 || !wordCharacterBefore(text, at)) {
        starts[count++] = at;
      }
    }
    return new ScannedText(text, Arrays.copyOf(starts, count));
  }

  private static boolean wordCharacterBefore(String text, int at) {
    char before = text.charAt(at - 1);
    return before < TABLE_SIZE ? WORD_CHARACTER[before] : Scripts.isLetterOrNumber(text.codePointBefore(at));
  }
}
