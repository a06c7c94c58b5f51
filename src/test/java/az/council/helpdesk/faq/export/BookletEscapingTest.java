package az.council.helpdesk.faq.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqFixture;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * FAQ text is content, never markup: an entry full of HTML and Markdown syntax must come out of both formats
 * as the same characters, without creating a single element.
 */
final class BookletEscapingTest {
  private static final String FILE = "registration.yaml";
  private static final String QUESTION =
      "<script>alert(\"x\")</script> & 'quotes' *bold* _it_ [link](http://evil.example) #tag AT&amp;T `code` a\\b | c ~~d~~";
  /** Each line becomes its own paragraph; each would be a block construct if left unescaped. */
  private static final List<String> LINES = List.of(
      "<script>alert('answer')</script> & <b>not bold</b> *not emphasis* __nor this__",
      "1. not an ordered list",
      "2) nor this one",
      "- not a bullet",
      "+ not a bullet either",
      "# not a heading",
      "> not a quote",
      "---",
      "===",
      "<!-- not a comment -->",
      "![not an image](x.png) &copy; &#60; trailing backslash \\");
  private static final List<String> BULLETS = List.of(
      "bullet with *stars* and <i>tags</i> and [brackets](x)",
      "1. numbered-looking bullet");

  @TempDir Path temp;
  private FaqCatalog catalog;

  @BeforeEach
  void writeACraftedEntry() {
    FaqFixture faq = FaqFixture.writeInto(temp);
    faq.replace(FILE, "question: \"When is registration needed?\"", "question: |-\n        " + QUESTION);
    String answer = LINES.stream().map(l -> "        " + l + "\n\n").collect(Collectors.joining())
        + BULLETS.stream().map(b -> "        • " + b + "\n").collect(Collectors.joining());
    faq.replace(FILE, "        A short answer: {contact:sms-call-centre}.\n\n        • First step.\n        • Second step.\n",
        answer);
    assertThat(faq.check()).as("the crafted entry is valid FAQ content").isEmpty();
    catalog = FaqCatalog.load(faq.folder());
  }

  private Document export(BookletFormat format) {
    BookletDocument document = BookletDocument.of(catalog, Language.EN, new Messages(), FaqFixture.TODAY);
    return Rendered.of(format, format.renderer().render(document));
  }

  @ParameterizedTest
  @EnumSource(BookletFormat.class)
  void craftedQuestion_appearsVerbatimAsHeadingAndInTheContents(BookletFormat format) {
    Document page = export(format);

    assertThat(page.select("h4").eachText()).contains(QUESTION);
    assertThat(page.select("a[href=#q-registration-sample]").eachText()).contains(QUESTION);
  }

  @ParameterizedTest
  @EnumSource(BookletFormat.class)
  void craftedAnswer_appearsVerbatimAsParagraphsAndListItems(BookletFormat format) {
    Document page = export(format);

    assertThat(page.select("p").eachText()).containsAll(LINES);
    assertThat(page.select("li").eachText()).containsAll(BULLETS);
  }

  @ParameterizedTest
  @EnumSource(BookletFormat.class)
  void craftedText_createsNoElements(BookletFormat format) {
    Document page = export(format);

    assertThat(page.select("script, b, i, img, ol, blockquote, hr, code, del, h1 ~ h1")).isEmpty();
    assertThat(page.select("a[href*=evil], a[href=x]")).isEmpty();
    assertThat(page.select("em, strong").eachText()).noneMatch(t -> t.contains("stars") || t.contains("bold")
        || t.contains("emphasis") || t.contains("it"));
    assertThat(page.select("h1, h2, h3, h4").eachText()).noneMatch(t -> t.contains("not a heading"));
  }

  @ParameterizedTest
  @EnumSource(BookletFormat.class)
  void entryMarkedNeedsReview_carriesAVisibleMarkerRightUnderItsQuestion(BookletFormat format) {
    FaqFixture faq = FaqFixture.writeInto(temp.resolve("review"));
    faq.replace("asylum.yaml", "needs-review: false", "needs-review: true");
    catalog = FaqCatalog.load(faq.folder());
    Document page = export(format);
    String label = new Messages().get(Language.EN, "faq.export.needsReview");

    List<Element> marked = page.select("h4").stream().filter(h -> markerAfter(h).contains(label)).toList();
    assertThat(marked).extracting(Element::text).containsExactly("Where do I ask for asylum?");
    assertThat(page.select("li:contains(Office)").text()).contains(label);
    assertThat(page.select("li:contains(Police)").text()).doesNotContain(label);
  }

  /** The HTML marker is the heading's next sibling; in Markdown it is a quote block after the heading. */
  private static String markerAfter(Element heading) {
    Element next = heading.nextElementSibling();
    return next == null ? "" : next.text();
  }
}
