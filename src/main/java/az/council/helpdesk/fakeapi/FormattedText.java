package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A message text after Telegram's entity parsing: the plain text the user sees and its {@code entities}
 * (offsets in UTF-16 code units). Parsing follows TDLib's parsers, so markup Telegram rejects is rejected here
 * with the same "can't parse entities" descriptions.
 */
record FormattedText(String text, ArrayNode entities) {

  static FormattedText parse(String raw, Optional<String> parseMode, Optional<JsonNode> explicitEntities) {
    if (!isWellFormedUtf16(raw)) {
      throw ApiError.badRequest("text must be encoded in UTF-8");
    }
    String mode = parseMode.map(m -> m.toLowerCase(Locale.ROOT)).orElse("");
    return switch (mode) {
      case "" -> new FormattedText(raw, explicitEntities.filter(JsonNode::isArray)
          .map(e -> (ArrayNode) e.deepCopy()).orElseGet(JsonNodeFactory.instance::arrayNode));
      case "html" -> new HtmlMarkup(raw).parse();
      case "markdownv2" -> new MarkdownV2Markup(raw).parse();
      case "markdown" -> new MarkdownMarkup(raw).parse();
      default -> throw ApiError.badRequest("unsupported parse_mode");
    };
  }

  /** Telegram counts limits (4096 for texts, 1024 for captions) in characters after entity parsing. */
  int length() {
    return text.codePointCount(0, text.length());
  }

  boolean isBlank() {
    return text.isBlank();
  }

  static ApiError cannotParse(String what) {
    return ApiError.badRequest("can't parse entities: " + what);
  }

  /** The UTF-8 byte offset of a char index: TDLib reports positions in bytes. */
  static int byteOffset(String raw, int charIndex) {
    return raw.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean isWellFormedUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
