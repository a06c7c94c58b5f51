package az.council.helpdesk.fakeapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code parse_mode=HTML}, after TDLib's {@code parse_html}: only Telegram's tags, properly nested and closed;
 * {@code &lt; &gt; &amp; &quot;} and numeric references are decoded, any other {@code &} is kept literally.
 */
final class HtmlMarkup {
  private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
      "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

  private record Open(String tag, Map<String, String> attributes, int offset) {}

  private final String raw;
  private final EntitySink sink = new EntitySink();
  private final Deque<Open> open = new ArrayDeque<>();
  private int i;

  HtmlMarkup(String raw) {
    this.raw = raw;
  }

  FormattedText parse() {
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '&') {
        decodeReference();
      } else if (c != '<') {
        sink.append(c);
        i++;
      } else if (i + 1 < raw.length() && raw.charAt(i + 1) == '/') {
        endTag();
      } else {
        startTag();
      }
    }
    if (!open.isEmpty()) {
      throw FormattedText.cannotParse("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
    }
    return sink.result();
  }

  private void decodeReference() {
    int semicolon = raw.indexOf(';', i);
    String name = semicolon > i && semicolon - i <= 10 ? raw.substring(i + 1, semicolon) : "";
    String decoded = switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      default -> numeric(name);
    };
    if (decoded.isEmpty()) {
      sink.append('&');
      i++;
    } else {
      sink.append(decoded);
      i = semicolon + 1;
    }
  }

  private static String numeric(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return "";
    }
    return "";
  }

  private void startTag() {
    int begin = i;
    i++;
    while (i < raw.length() && !Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '>') {
      i++;
    }
    if (i >= raw.length()) {
      throw FormattedText.cannotParse("Unclosed start tag at byte offset " + FormattedText.byteOffset(raw, begin));
    }
    String tag = raw.substring(begin + 1, i).toLowerCase(Locale.ROOT);
    if (!TAGS.contains(tag)) {
      throw FormattedText.cannotParse(
          "Unsupported start tag \"" + tag + "\" at byte offset " + FormattedText.byteOffset(raw, begin));
    }
    Map<String, String> attributes = attributes(begin);
    if (tag.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
      throw FormattedText.cannotParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset "
          + FormattedText.byteOffset(raw, begin));
    }
    if (tag.equals("tg-emoji") && !attributes.containsKey("emoji-id")) {
      throw FormattedText.cannotParse("Custom emoji entity must contain an emoji-id attribute");
    }
    open.push(new Open(tag, attributes, sink.offset()));
  }

  private Map<String, String> attributes(int begin) {
    Map<String, String> attributes = new HashMap<>();
    while (true) {
      while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
        i++;
      }
      if (i >= raw.length()) {
        throw FormattedText.cannotParse("Unclosed start tag at byte offset " + FormattedText.byteOffset(raw, begin));
      }
      if (raw.charAt(i) == '>') {
        i++;
        return attributes;
      }
      int nameStart = i;
      while (i < raw.length() && "= \t\r\n>".indexOf(raw.charAt(i)) < 0) {
        i++;
      }
      String name = raw.substring(nameStart, i).toLowerCase(Locale.ROOT);
      String value = "";
      if (i < raw.length() && raw.charAt(i) == '=') {
        i++;
        value = attributeValue(begin);
      }
      attributes.put(name, value);
    }
  }

  private String attributeValue(int begin) {
    if (i < raw.length() && (raw.charAt(i) == '"' || raw.charAt(i) == '\'')) {
      char quote = raw.charAt(i);
      int end = raw.indexOf(quote, i + 1);
      if (end < 0) {
        throw FormattedText.cannotParse("Unclosed start tag at byte offset " + FormattedText.byteOffset(raw, begin));
      }
      String value = raw.substring(i + 1, end);
      i = end + 1;
      return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
    int start = i;
    while (i < raw.length() && !Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '>') {
      i++;
    }
    return raw.substring(start, i);
  }

  private void endTag() {
    int begin = i;
    int close = raw.indexOf('>', i);
    if (close < 0) {
      throw FormattedText.cannotParse("Unclosed end tag at byte offset " + FormattedText.byteOffset(raw, begin));
    }
    String tag = raw.substring(i + 2, close).trim().toLowerCase(Locale.ROOT);
    if (open.isEmpty()) {
      throw FormattedText.cannotParse("Unexpected end tag at byte offset " + FormattedText.byteOffset(raw, begin));
    }
    Open top = open.pop();
    if (!top.tag().equals(tag)) {
      throw FormattedText.cannotParse("Unmatched end tag at byte offset " + FormattedText.byteOffset(raw, begin)
          + ", expected \"</" + top.tag() + ">\", found \"</" + tag + ">\"");
    }
    i = close + 1;
    addEntity(top);
  }

  private void addEntity(Open tag) {
    switch (tag.tag()) {
      case "b", "strong" -> sink.add("bold", tag.offset());
      case "i", "em" -> sink.add("italic", tag.offset());
      case "u", "ins" -> sink.add("underline", tag.offset());
      case "s", "strike", "del" -> sink.add("strikethrough", tag.offset());
      case "tg-spoiler", "span" -> sink.add("spoiler", tag.offset());
      case "code" -> sink.add("code", tag.offset());
      case "pre" -> sink.add("pre", tag.offset());
      case "blockquote" -> sink.add(tag.attributes().containsKey("expandable") ? "expandable_blockquote"
          : "blockquote", tag.offset());
      case "tg-emoji" -> sink.add("custom_emoji", tag.offset()).put("custom_emoji_id", tag.attributes().get("emoji-id"));
      case "a" -> {
        String href = tag.attributes().getOrDefault("href", "");
        if (!href.isEmpty()) {
          sink.add("text_link", tag.offset()).put("url", href);
        }
      }
      default -> throw new IllegalStateException("unhandled tag " + tag.tag());
    }
  }
}
