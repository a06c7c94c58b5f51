package az.council.helpdesk.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text for Telegram, which refuses messages over 4,096 characters: at the last paragraph break that
 * fits, else the last line break, else the last space, else (one enormous word) at the limit, never inside a
 * surrogate pair. Only the whitespace at a cut is dropped; nothing else is changed.
 */
public final class TextSplitter {
  /** Telegram's limit for one message's text. */
  public static final int TELEGRAM_LIMIT = 4096;

  private TextSplitter() {}

  /** {@code text} in pieces of at most {@link #TELEGRAM_LIMIT} characters. */
  public static List<String> split(String text) {
    return split(text, TELEGRAM_LIMIT);
  }

  /** {@code text} in pieces of at most {@code limit} UTF-16 characters, in order. */
  public static List<String> split(String text, int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2: " + limit);
    }
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > limit) {
      int cut = cut(rest, limit);
      String part = rest.substring(0, cut).stripTrailing();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int cut(String text, int limit) {
    String window = text.substring(0, limit + 1);
    for (String separator : new String[] {"\n\n", "\n", " "}) {
      int at = window.lastIndexOf(separator, limit);
      if (at > 0) {
        return at;
      }
    }
    // No break at all: cut hard, but keep a surrogate pair (an emoji) whole.
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
