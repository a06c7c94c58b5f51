package az.council.helpdesk.stats;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person's citizenship as the statistics count it: an ISO 3166 alpha-2 country code, or one of the three
 * special values. Azerbaijani citizens abroad are reported separately from foreigners, as in the annual report.
 */
public record Citizenship(String code) {
  // Before the constants below: they are validated against these sets when the class initialises.
  private static final Set<String> SPECIAL = Set.of("azerbaijani-abroad", "stateless", "unknown");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public static final Citizenship AZERBAIJANI_ABROAD = new Citizenship("azerbaijani-abroad");
  public static final Citizenship STATELESS = new Citizenship("stateless");
  /** Never asked, or the person preferred not to say. */
  public static final Citizenship UNKNOWN = new Citizenship("unknown");

  public Citizenship {
    if (!SPECIAL.contains(code) && !COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("not a citizenship: '" + code
          + "' (expected an ISO 3166 alpha-2 code such as UA, or azerbaijani-abroad, stateless, unknown)");
    }
  }

  /** Parses a code case-insensitively ({@code ua} → {@code UA}); empty when it is neither a country nor special. */
  public static Optional<Citizenship> parse(String text) {
    String trimmed = text.strip();
    if (SPECIAL.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Optional.of(new Citizenship(trimmed.toLowerCase(Locale.ROOT)));
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    return COUNTRIES.contains(upper) ? Optional.of(new Citizenship(upper)) : Optional.empty();
  }

  public boolean isCountry() {
    return !SPECIAL.contains(code);
  }

  /** The JDK's locale for this country, whose CLDR data names it in every language; only for countries. */
  public Locale region() {
    if (!isCountry()) {
      throw new IllegalStateException(code + " is not a country");
    }
    return Locale.of("", code);
  }
}
