package az.council.helpdesk.fakeapi;

/**
 * The legacy {@code parse_mode=Markdown}, after TDLib's {@code parse_markdown}: {@code *bold*}, {@code _italic_},
 * {@code `code`}, {@code ```pre```}, {@code [text](url)}; no nesting; {@code \} escapes {@code _*`[}.
 */
final class MarkdownMarkup {
  private final String raw;
  private final EntitySink sink = new EntitySink();

  MarkdownMarkup(String raw) {
    this.raw = raw;
  }

  FormattedText parse() {
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && "_*`[".indexOf(raw.charAt(i + 1)) >= 0) {
        sink.append(raw.charAt(i + 1));
        i += 2;
        continue;
      }
      if ("_*`[".indexOf(c) < 0) {
        sink.append(c);
        i++;
        continue;
      }
      int begin = i;
      boolean pre = c == '`' && raw.startsWith("```", i);
      char end = c == '[' ? ']' : c;
      i += pre ? 3 : 1;
      String language = "";
      if (pre) {
        int lineEnd = i;
        while (lineEnd < raw.length() && !Character.isWhitespace(raw.charAt(lineEnd)) && raw.charAt(lineEnd) != '`') {
          lineEnd++;
        }
        if (lineEnd < raw.length() && raw.charAt(lineEnd) == '\n') {
          language = raw.substring(i, lineEnd);
          i = lineEnd + 1;
        }
      }
      int start = sink.offset();
      while (i < raw.length() && (raw.charAt(i) != end || (pre && !raw.startsWith("```", i)))) {
        sink.append(raw.charAt(i++));
      }
      if (i >= raw.length()) {
        throw FormattedText.cannotParse("Can't find end of the entity starting at byte offset "
            + FormattedText.byteOffset(raw, begin));
      }
      i += pre ? 3 : 1;
      switch (c) {
        case '_' -> sink.add("italic", start);
        case '*' -> sink.add("bold", start);
        case '`' -> {
          var entity = sink.add(pre ? "pre" : "code", start);
          if (!language.isEmpty()) {
            entity.put("language", language);
          }
        }
        default -> i = link(i, start);
      }
    }
    return sink.result();
  }

  private int link(int i, int start) {
    if (i < raw.length() && raw.charAt(i) == '(') {
      int close = raw.indexOf(')', i);
      if (close > i + 1) {
        sink.add("text_link", start).put("url", raw.substring(i + 1, close));
        return close + 1;
      }
    }
    return i;
  }
}
