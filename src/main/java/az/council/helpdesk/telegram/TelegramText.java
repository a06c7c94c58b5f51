package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Keyboard;
import java.util.List;

/**
 * Makes text acceptable to the Bot API: a lone surrogate (possible in user-echoed text) would be encoded as
 * {@code ?} or rejected, and NUL and other C0 controls except tab and line feed make Telegram answer 400.
 * Button labels must not be blank and callback notices are limited to 200 characters.
 */
final class TelegramText {
  static final int NOTICE_LIMIT = 200;

  private TelegramText() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
        out.append(c == '\r' ? "" : " ");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Keyboard clean(Keyboard keyboard) {
    List<List<Keyboard.Button>> rows = keyboard.rows().stream()
        .map(row -> row.stream()
            .map(b -> new Keyboard.Button(clean(b.label()).strip(), b.data()))
            .filter(b -> !b.label().isEmpty() && !b.data().isEmpty())
            .toList())
        .toList();
    return new Keyboard(rows);
  }

  static String notice(String text) {
    String clean = clean(text).strip();
    if (clean.length() <= NOTICE_LIMIT) {
      return clean;
    }
    int cut = NOTICE_LIMIT - 1;
    if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
      cut--;
    }
    return clean.substring(0, cut) + "…";
  }
}
