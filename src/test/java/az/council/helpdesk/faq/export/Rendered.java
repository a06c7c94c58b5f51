package az.council.helpdesk.faq.export;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The export as a reader sees it: HTML parsed the way a browser does, Markdown first rendered by a CommonMark
 * implementation. Tests then look at elements and text rather than at escaped source.
 */
final class Rendered {
  private Rendered() {}

  static Document of(BookletFormat format, String output) {
    return switch (format) {
      case HTML -> Jsoup.parse(output);
      case MARKDOWN -> Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(output)));
    };
  }
}
