package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.Contact;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.LocalizedText;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small FAQ made for the conversation tests: three registration entries that point at each other, eight
 * work-permit entries (two menu pages), an entry full of Markdown and HTML metacharacters and one whose
 * answer is longer than a Telegram message.
 */
final class TestCatalog {
  /** Every character Telegram's MarkdownV2 or HTML would treat specially. */
  static final String METACHARACTERS = "_*[]()~`>#+-=|{}.! <b>&amp;</b> <>& \\ 'quoted' \"double\"";

  private TestCatalog() {}

  static FaqCatalog build() {
    List<FaqEntry> entries = new ArrayList<>();
    entries.add(entry("reg-how", Topic.REGISTRATION, List.of("reg-fine", "reg-who", "work-1", "work-2")));
    entries.add(entry("reg-fine", Topic.REGISTRATION, List.of("reg-how")));
    entries.add(entry("reg-who", Topic.REGISTRATION, List.of()));
    for (int i = 1; i <= 8; i++) {
      entries.add(entry("work-" + i, Topic.WORK_PERMIT, List.of()));
    }
    entries.add(withTexts("odd-chars", Topic.DAILY_LIFE, l -> new LocalizedText(
        "Odd " + l.tag() + " " + METACHARACTERS, "Answer " + l.tag() + ": " + METACHARACTERS, List.of())));
    entries.add(withTexts("long-answer", Topic.DAILY_LIFE, l -> new LocalizedText(
        "Long " + l.tag() + "?", ("Paragraph " + l.tag() + " " + "word ".repeat(400)).strip() + "\n\n"
            + ("Second " + "word ".repeat(400)).strip() + "\n\n" + ("Third " + "word ".repeat(400)).strip(), List.of())));
    Contact police = new Contact("police", "102", true, Map.of(Language.AZ, new Contact.Label("Polis", ""),
        Language.RU, new Contact.Label("Полиция", ""), Language.EN, new Contact.Label("Police", "")), "test", false);
    return new FaqCatalog(entries, List.of(police));
  }

  /** The question text of {@code id} in {@code language}: "Question reg-how (ru)". */
  static String question(String id, Language language) {
    return "Question " + id + " (" + language.tag() + ")";
  }

  static String answer(String id, Language language) {
    return "Answer " + id + " (" + language.tag() + ")\n";
  }

  private static FaqEntry entry(String id, Topic topic, List<String> see) {
    FaqEntry plain = withTexts(id, topic, l -> new LocalizedText(question(id, l), answer(id, l), List.of()));
    return new FaqEntry(plain.id(), plain.topic(), plain.booklet(), plain.texts(), plain.source(), plain.reviewed(),
        false, see);
  }

  private static FaqEntry withTexts(String id, Topic topic, java.util.function.Function<Language, LocalizedText> text) {
    Map<Language, LocalizedText> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, text.apply(language));
    }
    return new FaqEntry(id, topic, Booklet.GUIDE, texts, "test", LocalDate.of(2026, 1, 1), false, List.of());
  }
}
