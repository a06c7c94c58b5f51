package az.council.helpdesk.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into parts Telegram accepts (at most 4,096 characters each, counted in UTF-16 units as the Bot
 * API does), preferring paragraph breaks, then line breaks, then spaces; a surrogate pair is never cut.
 */
final class TextSplitter {
  static final int TELEGRAM_LIMIT = 4096;
  private final int limit;

  TextSplitter(int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    this.limit = limit;
  }

  static TextSplitter telegram() {
    return new TextSplitter(TELEGRAM_LIMIT);
  }

  /** The parts, each non-blank and within the limit; empty for blank text (Telegram refuses empty messages). */
  List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > limit) {
      int cut = cutPoint(rest);
      String part = rest.substring(0, cut).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private int cutPoint(String text) {
    for (String separator : new String[] {"\n\n", "\n", " "}) {
      int at = text.lastIndexOf(separator, limit - separator.length());
      if (at > limit / 4) {
        return at + separator.length();
      }
    }
    int cut = limit;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
