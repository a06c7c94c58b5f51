package az.council.helpdesk.stats;

import az.council.helpdesk.i18n.Language;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a citizenship from what a person typed: an ISO code ({@code UA}), a special value, or a country's name
 * in Azerbaijani, Russian or English from the JDK's CLDR data ("Ukrayna", "Украина", "ukraine", also without
 * diacritics: "Turkiye"), or a special value's label in any of the three languages.
 */
public final class CitizenshipNames {
  private final Map<String, Citizenship> byName = new HashMap<>();

  public CitizenshipNames(StatsLabels labels) {
    for (Language language : Language.values()) {
      for (String code : Locale.getISOCountries()) {
        Citizenship country = new Citizenship(code);
        byName.putIfAbsent(key(labels.citizenship(country, language)), country);
      }
      for (Citizenship special : new Citizenship[] {Citizenship.AZERBAIJANI_ABROAD, Citizenship.STATELESS,
          Citizenship.UNKNOWN}) {
        byName.putIfAbsent(key(labels.citizenship(special, language)), special);
      }
    }
  }

  public Optional<Citizenship> resolve(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Citizenship.parse(text).or(() -> Optional.ofNullable(byName.get(key(text))));
  }

  /** Lower case without diacritics, Azerbaijani letters folded (ə → e, ı → i), spaces collapsed. */
  static String key(String name) {
    String folded = name.strip().toLowerCase(Locale.ROOT).replace('ə', 'e').replace('ı', 'i').replace('’', '\'');
    return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
  }
}
