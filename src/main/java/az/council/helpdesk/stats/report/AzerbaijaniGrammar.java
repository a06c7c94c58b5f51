package az.council.helpdesk.stats.report;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Azerbaijani ablative ("from"): {@code -dan} after a back vowel (a, ı, o, u), {@code -dən} after a front vowel
 * (e, ə, i, ö, ü) — "Ukraynadan", "Türkiyədən", "Misirdən". A compound name ending in the possessive suffix
 * (izafet: "Amerika Birləşmiş Ştatları", "Mərkəzi Afrika Respublikası") takes the pronominal {@code n}:
 * "Ştatlarından", "Respublikasından"; a plain name ending in a vowel does not ("Rusiyadan", "Çilidən").
 */
public final class AzerbaijaniGrammar implements CountryGrammar {
  private static final Locale AZ = Locale.forLanguageTag("az");
  private static final String VOWELS = "aıoueəiöü";
  private static final String FRONT = "eəiöü";
  private static final String POSSESSIVE_ENDINGS = "ıiuü";
  private static final String[] UNITS = {"", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"};
  private static final String[] TENS = {"", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"};

  @Override
  public String fromCountry(String name) {
    String lower = name.toLowerCase(AZ);
    boolean possessive = name.strip().contains(" ")
        && POSSESSIVE_ENDINGS.indexOf(lower.charAt(lower.length() - 1)) >= 0;
    return name + (possessive ? "n" : "") + ablative(lower);
  }

  @Override
  public PluralForm plural(long count) {
    return count == 1 ? PluralForm.ONE : PluralForm.MANY;
  }

  /**
   * "145-dən": the suffix follows the last word of the number as it is read (yüz qırx beş → beşdən). Digits are
   * grouped as the bundle's other numbers are ("15.720-dən").
   */
  @Override
  public String moreThan(long number) {
    return NumberFormat.getIntegerInstance(AZ).format(number) + "-" + ablative(spokenLastWord(number));
  }

  static String spokenLastWord(long number) {
    if (number == 0) {
      return "sıfır";
    }
    long n = Math.abs(number);
    if (n % 10 != 0) {
      return UNITS[(int) (n % 10)];
    }
    if (n % 100 != 0) {
      return TENS[(int) (n % 100 / 10)];
    }
    if (n % 1_000 != 0) {
      return "yüz";
    }
    if (n % 1_000_000 != 0) {
      return "min";
    }
    return n % 1_000_000_000 != 0 ? "milyon" : "milyard";
  }

  /** {@code dan} or {@code dən} by the word's last vowel. */
  private static String ablative(String lowerCase) {
    for (int i = lowerCase.length() - 1; i >= 0; i--) {
      char c = lowerCase.charAt(i);
      if (VOWELS.indexOf(c) >= 0) {
        return FRONT.indexOf(c) >= 0 ? "dən" : "dan";
      }
    }
    return "dan";
  }
}
