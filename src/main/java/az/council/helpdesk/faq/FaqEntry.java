package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One FAQ entry in all three languages. Answers already have their {@code {contact:id}} placeholders
 * expanded by the loader.
 */
public record FaqEntry(
    String id,
    Topic topic,
    Booklet booklet,
    Map<Language, LocalizedText> texts,
    String source,
    LocalDate reviewed,
    boolean needsReview,
    List<String> see) {

  public FaqEntry {
    texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    see = List.copyOf(see);
  }

  /** The entry's text in {@code language}; every loaded entry has all three. */
  public LocalizedText in(Language language) {
    LocalizedText text = texts.get(language);
    if (text == null) {
      throw new IllegalStateException("entry " + id + " has no " + language.tag() + " text");
    }
    return text;
  }
}
