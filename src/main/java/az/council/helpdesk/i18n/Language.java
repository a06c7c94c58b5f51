package az.council.helpdesk.i18n;

import java.util.Locale;
import java.util.Optional;

/** The three languages the Council's booklets and the bot speak. */
public enum Language {
  AZ("az"),
  RU("ru"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag: {@code az}, {@code ru} or {@code en}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** Parses a tag such as {@code az}, {@code ru-RU} or {@code en-GB}; empty for anything else. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Language language : values()) {
      if (language.tag.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
