package az.council.helpdesk.stats.report;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English: names that are a description or a plural take "the" ("the United States", "the Central African
 * Republic", "the Netherlands"); CLDR's "&" is spelled "and" in running text.
 */
public final class EnglishGrammar implements CountryGrammar {
  private static final Pattern DESCRIPTIVE =
      Pattern.compile("\\b(United|Republic|Kingdom|Islands|Emirates|States|Territories|Federation)\\b");
  private static final Set<String> PLURAL = Set.of("Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros",
      "Seychelles", "Gambia");

  @Override
  public String fromCountry(String name) {
    String running = name.replace(" & ", " and ");
    return DESCRIPTIVE.matcher(running).find() || PLURAL.contains(running) ? "the " + running : running;
  }

  @Override
  public PluralForm plural(long count) {
    return count == 1 ? PluralForm.ONE : PluralForm.MANY;
  }

  @Override
  public String moreThan(long number) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
  }
}
