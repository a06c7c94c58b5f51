package az.council.helpdesk.faq.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into plain runs and web addresses, so that sources such as "SMS https://migration.gov.az/en/oyq"
 * become clickable links in the document while everything else is escaped as text.
 */
final class Spans {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()«»“”]+");
  /** Punctuation that ends a sentence after an address rather than belonging to it. */
  private static final String TRAILING = ".,;:!?";

  private Spans() {}

  /** A run of text. */
  sealed interface Span permits Text, Link {}

  record Text(String text) implements Span {}

  record Link(String url) implements Span {}

  static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = URL.matcher(text);
    int from = 0;
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (m.start() > from) {
        spans.add(new Text(text.substring(from, m.start())));
      }
      spans.add(new Link(text.substring(m.start(), end)));
      from = end;
    }
    if (from < text.length()) {
      spans.add(new Text(text.substring(from)));
    }
    return spans;
  }
}
