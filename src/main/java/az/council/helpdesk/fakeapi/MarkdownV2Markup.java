package az.council.helpdesk.fakeapi;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code parse_mode=MarkdownV2}, after TDLib's {@code parse_markdown_v2}: every one of
 * {@code _*[]()~`>#+-=|{}.!} outside markup must be escaped with {@code \}; inside code only {@code `} and
 * {@code \}. A {@code >} at the start of a line opens a block quote.
 */
final class MarkdownV2Markup {
  private static final String RESERVED = "_*[]()~`>#+-=|{}.!";

  private enum Kind {
    BOLD("Bold", "bold"), ITALIC("Italic", "italic"), UNDERLINE("Underline", "underline"),
    STRIKETHROUGH("Strikethrough", "strikethrough"), SPOILER("Spoiler", "spoiler"), CODE("Code", "code"),
    PRE("Pre", "pre"), TEXT_URL("TextUrl", "text_link"), CUSTOM_EMOJI("CustomEmoji", "custom_emoji");

    final String tdlibName;
    final String apiType;

    Kind(String tdlibName, String apiType) {
      this.tdlibName = tdlibName;
      this.apiType = apiType;
    }
  }

  private record Open(Kind kind, int offset, int byteOffset, String language) {}

  private final String raw;
  private final EntitySink sink = new EntitySink();
  private final Deque<Open> open = new ArrayDeque<>();
  private int quoteStart = -1;
  private int i;

  MarkdownV2Markup(String raw) {
    this.raw = raw;
  }

  FormattedText parse() {
    for (; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) > 0 && raw.charAt(i + 1) <= 126) {
        sink.append(raw.charAt(++i));
        continue;
      }
      boolean inCode = !open.isEmpty() && (open.peek().kind() == Kind.CODE || open.peek().kind() == Kind.PRE);
      if (c == '>' && !inCode && (i == 0 || raw.charAt(i - 1) == '\n')) {
        if (quoteStart < 0) {
          quoteStart = sink.offset();
        }
        continue;
      }
      if (c == '\n' && quoteStart >= 0 && (i + 1 >= raw.length() || raw.charAt(i + 1) != '>')) {
        sink.add("blockquote", quoteStart);
        quoteStart = -1;
      }
      if ((inCode ? "`" : RESERVED).indexOf(c) < 0) {
        sink.append(c);
      } else if (isEndOfOpenEntity(c)) {
        close();
      } else {
        begin(c);
      }
    }
    if (!open.isEmpty()) {
      throw FormattedText.cannotParse("Can't find end of " + open.peek().kind().tdlibName
          + " entity at byte offset " + open.peek().byteOffset());
    }
    if (quoteStart >= 0) {
      sink.add("blockquote", quoteStart);
    }
    return sink.result();
  }

  private boolean isEndOfOpenEntity(char c) {
    if (open.isEmpty()) {
      return false;
    }
    return switch (open.peek().kind()) {
      case BOLD -> c == '*';
      case ITALIC -> c == '_' && !next('_');
      case UNDERLINE -> c == '_' && next('_');
      case STRIKETHROUGH -> c == '~';
      case SPOILER -> c == '|' && next('|');
      case CODE -> c == '`';
      case PRE -> c == '`' && raw.startsWith("```", i);
      case TEXT_URL, CUSTOM_EMOJI -> c == ']';
    };
  }

  private boolean next(char c) {
    return i + 1 < raw.length() && raw.charAt(i + 1) == c;
  }

  private void begin(char c) {
    int byteOffset = FormattedText.byteOffset(raw, i);
    Kind kind = switch (c) {
      case '_' -> next('_') ? Kind.UNDERLINE : Kind.ITALIC;
      case '*' -> Kind.BOLD;
      case '~' -> Kind.STRIKETHROUGH;
      case '|' -> next('|') ? Kind.SPOILER : reserved(c);
      case '[' -> Kind.TEXT_URL;
      case '`' -> raw.startsWith("```", i) ? Kind.PRE : Kind.CODE;
      case '!' -> next('[') ? Kind.CUSTOM_EMOJI : reserved(c);
      default -> reserved(c);
    };
    String language = "";
    switch (kind) {
      case UNDERLINE, SPOILER, CUSTOM_EMOJI -> i++;
      case PRE -> {
        i += 3;
        int lineEnd = i;
        while (lineEnd < raw.length() && !Character.isWhitespace(raw.charAt(lineEnd)) && raw.charAt(lineEnd) != '`') {
          lineEnd++;
        }
        if (lineEnd < raw.length() && raw.charAt(lineEnd) == '\n') {
          language = raw.substring(i, lineEnd);
          i = lineEnd;
        } else {
          i--;
        }
      }
      default -> { }
    }
    open.push(new Open(kind, sink.offset(), byteOffset, language));
  }

  private static Kind reserved(char c) {
    throw FormattedText.cannotParse("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
  }

  private void close() {
    Open top = open.pop();
    switch (top.kind()) {
      case UNDERLINE, SPOILER -> i++;
      case PRE -> i += 2;
      default -> { }
    }
    if (top.kind() == Kind.TEXT_URL || top.kind() == Kind.CUSTOM_EMOJI) {
      String url = url();
      if (!url.isEmpty()) {
        if (top.kind() == Kind.TEXT_URL) {
          sink.add("text_link", top.offset()).put("url", url);
        } else {
          sink.add("custom_emoji", top.offset()).put("custom_emoji_id", url.replaceFirst("^tg://emoji\\?id=", ""));
        }
      }
      return;
    }
    var entity = sink.add(top.kind().apiType, top.offset());
    if (!top.language().isEmpty()) {
      entity.put("language", top.language());
    }
  }

  private String url() {
    if (!next('(')) {
      return "";
    }
    int begin = i + 1;
    StringBuilder url = new StringBuilder();
    i += 2;
    while (i < raw.length() && raw.charAt(i) != ')') {
      if (raw.charAt(i) == '\\' && i + 1 < raw.length()) {
        i++;
      }
      url.append(raw.charAt(i++));
    }
    if (i >= raw.length()) {
      throw FormattedText.cannotParse("Can't find end of a URL at byte offset " + FormattedText.byteOffset(raw, begin));
    }
    return url.toString();
  }
}
