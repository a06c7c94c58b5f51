package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.search.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names from the JDK's CLDR data in az, ru and en, and a matcher for what people type: case,
 * diacritics, spaces and punctuation are ignored ("Ukrayna", "УКРАИНА", "ukraine" are one), a unique
 * prefix is enough ("ukrain"), and one or two typos are forgiven in longer names.
 */
final class CountryNames {
  /**
   * Everyday names CLDR does not give (its English name for TR is "Türkiye", its Russian one for KG is
   * "Киргизия"); keys are already folded.
   */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("turkey", "TR"), Map.entry("kyrgyzstan", "KG"), Map.entry("кыргызстан", "KG"),
      Map.entry("киргизстан", "KG"), Map.entry("белоруссия", "BY"), Map.entry("belorussia", "BY"),
      Map.entry("молдавия", "MD"), Map.entry("usa", "US"), Map.entry("сша", "US"), Map.entry("abs", "US"),
      Map.entry("america", "US"), Map.entry("америка", "US"), Map.entry("amerika", "US"), Map.entry("uk", "GB"),
      Map.entry("england", "GB"), Map.entry("britain", "GB"), Map.entry("англия", "GB"),
      Map.entry("ingiltere", "GB"), Map.entry("рф", "RU"), Map.entry("persia", "IR"), Map.entry("uae", "AE"),
      Map.entry("оаэ", "AE"), Map.entry("bae", "AE"));

  /** Folded name → the codes it names (a few names are shared, e.g. "Congo"). */
  private final Map<String, Set<String>> byName = new HashMap<>();

  /** The outcome of matching a typed name. */
  sealed interface Match {
    record Found(String code) implements Match {}

    /** Several countries fit; {@code codes} are the best few. */
    record Ambiguous(List<String> codes) implements Match {}

    /** Nothing fits well enough; {@code nearest} may offer a few close names. */
    record NotFound(List<String> nearest) implements Match {}
  }

  CountryNames() {
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      for (Language language : Language.values()) {
        add(fold(country.getDisplayCountry(language.locale())), code);
      }
    }
    ALIASES.forEach(this::add);
  }

  private void add(String folded, String code) {
    if (!folded.isEmpty()) {
      byName.computeIfAbsent(folded, k -> new LinkedHashSet<>()).add(code);
    }
  }

  /** The CLDR name of {@code code} in {@code language} (the code itself if CLDR has none). */
  static String name(String code, Language language) {
    String name = Locale.of("", code).getDisplayCountry(language.locale());
    return name.isBlank() ? code : name;
  }

  static boolean isCountry(String code) {
    return Set.of(Locale.getISOCountries()).contains(code);
  }

  Match match(String typed) {
    String query = fold(typed);
    if (query.length() < 2) {
      return new Match.NotFound(List.of());
    }
    Set<String> exact = byName.getOrDefault(query, Set.of());
    if (!exact.isEmpty()) {
      return decide(new ArrayList<>(exact));
    }
    if (query.length() >= 3) {
      List<String> prefixed = codesWhere(name -> name.startsWith(query), query);
      if (!prefixed.isEmpty()) {
        return decide(prefixed);
      }
    }
    return fuzzy(query);
  }

  private static Match decide(List<String> codes) {
    return codes.size() == 1 ? new Match.Found(codes.get(0)) : new Match.Ambiguous(codes.subList(0, Math.min(3, codes.size())));
  }

  /** Codes whose names pass {@code test}, shortest name first (the likeliest meant). */
  private List<String> codesWhere(java.util.function.Predicate<String> test, String query) {
    Map<String, Integer> best = new HashMap<>();
    byName.forEach((name, codes) -> {
      if (test.test(name)) {
        codes.forEach(code -> best.merge(code, name.length(), Math::min));
      }
    });
    return best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  private Match fuzzy(String query) {
    Map<String, Integer> distance = new HashMap<>();
    byName.forEach((name, codes) -> {
      if (Math.abs(name.length() - query.length()) <= 3) {
        int d = EditDistance.between(query, name);
        codes.forEach(code -> distance.merge(code, d, Math::min));
      }
    });
    List<Map.Entry<String, Integer>> ranked = distance.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
    if (ranked.isEmpty()) {
      return new Match.NotFound(List.of());
    }
    // A typo per four letters is forgiven; "украинец" still finds Ukraine, "xyz" finds nothing.
    int allowed = Math.max(1, query.length() / 4);
    int best = ranked.get(0).getValue();
    List<String> tied = ranked.stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    if (best <= allowed) {
      return decide(tied);
    }
    List<String> nearest = ranked.stream().filter(e -> e.getValue() <= query.length() / 2)
        .map(Map.Entry::getKey).limit(3).toList();
    return new Match.NotFound(nearest);
  }

  /**
   * Lower case without accents, spaces or punctuation. Azerbaijani ə and dotless ı have no decomposition,
   * so they are mapped by hand; Cyrillic й and ё lose their marks like Latin letters do.
   */
  static String fold(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT).replace('ə', 'e').replace('ı', 'i');
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
    return out.toString();
  }
}
