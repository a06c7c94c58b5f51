package az.council.helpdesk.faq.export;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed FAQ exported in every language and format: complete, navigable, in the right words. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class BookletExportTest {
  private static final LocalDate GENERATED = LocalDate.of(2026, 3, 14);
  private static final Messages MESSAGES = new Messages();
  private final FaqCatalog catalog = FaqCatalog.load(Path.of("faq"));
  /** Each of the six documents is rendered and parsed once for all the tests that look at it. */
  private final Map<List<Object>, Document> pages = new HashMap<>();

  static Stream<Arguments> languagesAndFormats() {
    return Stream.of(Language.values())
        .flatMap(language -> Stream.of(BookletFormat.values()).map(format -> Arguments.of(language, format)));
  }

  private Document export(Language language, BookletFormat format) {
    return pages.computeIfAbsent(List.of(language, format), key -> Rendered.of(format,
        format.renderer().render(BookletDocument.of(catalog, language, MESSAGES, GENERATED))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndFormats")
  void export_hasEveryEntryOnceAsAHeadingWithItsQuestion(Language language, BookletFormat format) {
    Document page = export(language, format);

    List<String> questions = page.select("h4").eachText();
    assertThat(questions).hasSize(catalog.size()).doesNotHaveDuplicates();
    for (FaqEntry entry : catalog.entries()) {
      assertThat(page.getElementById(BookletDocument.entryAnchor(entry))).as("anchor of %s", entry.id()).isNotNull();
      assertThat(questions).contains(entry.in(language).question());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndFormats")
  void export_tableOfContentsLinksEveryBookletTopicAndEntryToAnAnchorThatExists(Language language, BookletFormat format) {
    Document page = export(language, format);

    List<Element> internalLinks = page.select("a[href^=#]");
    // Booklet, topic and entry links in the contents, plus the contacts link; see-also links come on top.
    assertThat(internalLinks.size()).isGreaterThan(catalog.size() + 1);
    for (Element link : internalLinks) {
      assertThat(page.getElementById(link.attr("href").substring(1))).as("target of %s", link).isNotNull();
    }
    assertThat(page.text()).contains(MESSAGES.get(language, "faq.export.contents"));
    for (FaqEntry entry : catalog.entries()) {
      assertThat(page.select("a[href=#" + BookletDocument.entryAnchor(entry) + "]")).as("link to %s", entry.id())
          .isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndFormats")
  void export_groupsByBookletInTheBookletsOrderUnderTheirTitles(Language language, BookletFormat format) {
    Document page = export(language, format);

    List<String> expected = Stream.concat(
        Stream.concat(Stream.of(MESSAGES.get(language, "faq.export.contents")),
            Stream.of(Booklet.values()).map(b -> MESSAGES.get(language, "booklet." + b.id()))),
        Stream.of(MESSAGES.get(language, "faq.export.contacts"))).toList();
    assertThat(page.select("h2").eachText()).containsExactlyElementsOf(expected);
    assertThat(page.select("h3").eachText())
        .contains(MESSAGES.get(language, "topic.registration"), MESSAGES.get(language, "faq.export.contacts.emergency"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndFormats")
  void export_showsTitleDateSourcesReviewMarksAndContacts(Language language, BookletFormat format) {
    Document page = export(language, format);
    String text = page.text();

    assertThat(page.select("h1").text()).isEqualTo(MESSAGES.get(language, "faq.export.title"));
    assertThat(text).contains(GENERATED.toString(), MESSAGES.get(language, "faq.export.council"));
    int needsReview = (int) catalog.entries().stream().filter(FaqEntry::needsReview).count();
    assertThat(text).contains(MESSAGES.get(language, "faq.export.generated", GENERATED.toString(), catalog.size(),
        needsReview));
    String source = MESSAGES.get(language, "faq.export.source") + ":";
    assertThat(text.split(java.util.regex.Pattern.quote(source), -1)).hasSize(catalog.size() + 1);
    assertThat(page.select("a[href=https://migration.gov.az/en/oyq]")).isNotEmpty();
    catalog.contacts().forEach(contact -> assertThat(text).contains(contact.labels().get(language).name(),
        contact.value()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndFormats")
  void export_bulletLinesOfAnswersBecomeListItems(Language language, BookletFormat format) {
    Document page = export(language, format);

    FaqEntry entry = catalog.byId("registration-who-must").orElseThrow();
    String firstBullet = entry.in(language).answer().lines().filter(l -> l.startsWith("• ")).findFirst().orElseThrow();
    assertThat(page.select("li").eachText()).contains(firstBullet.substring(2));
    assertThat(page.text()).doesNotContain("• ");
  }
}
