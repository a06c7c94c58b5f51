package az.council.helpdesk.stats.report;

import java.util.Locale;

/**
 * The CLDR plural categories the three languages need after a number: Russian has one (1, 21), few (2–4, 22–24)
 * and many (5–20, 25…); English one and many; Azerbaijani keeps the noun singular after any number, so its
 * bundle repeats the same text. Message keys end in {@code .one}, {@code .few} or {@code .many}.
 */
public enum PluralForm {
  ONE,
  FEW,
  MANY;

  /** The suffix of the message key. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
