package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.InquiryLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one-time, skippable citizenship question (statistics only): buttons for the countries most migrants
 * here come from, named in the person's language by CLDR, "other" with a typed name, and the special
 * answers. The answer goes to the {@link InquiryLog}, which stores it under a pseudonym.
 */
final class CitizenshipPicker {
  /** The most common countries of origin, Azerbaijan's neighbours first; three to a row. */
  static final List<String> COMMON = List.of("UA", "RU", "TR", "GE", "IR", "KZ", "UZ", "BY", "KG", "TJ", "MD",
      "AF", "IN", "PK", "CN");
  static final String OTHER = "other";
  /** Button codes of the special answers and what the inquiry log stores for them. */
  static final String ABROAD = "abroad";
  static final String STATELESS = "stateless";
  static final String UNKNOWN = "unknown";

  /** Words in a typed country name; a longer text is taken for a new question instead. */
  static final int MAX_NAME_WORDS = 4;

  private final Messages messages;
  private final InquiryLog log;
  private final CountryNames countries = new CountryNames();

  CitizenshipPicker(Messages messages, InquiryLog log) {
    this.messages = messages;
    this.log = log;
  }

  Screen prompt(Language language) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    for (int i = 0; i < COMMON.size(); i += 3) {
      rows.add(COMMON.subList(i, Math.min(i + 3, COMMON.size())).stream().map(c -> country(c, language)).toList());
    }
    rows.add(List.of(special(OTHER, "chat.citizenship.other", language),
        special(ABROAD, "chat.citizenship.abroad", language)));
    rows.add(List.of(special(STATELESS, "chat.citizenship.stateless", language),
        special(UNKNOWN, "chat.citizenship.unknown", language)));
    return new Screen(messages.get(language, "chat.citizenship.ask"), new Keyboard(rows));
  }

  /** A press on one of the buttons; empty when the choice is not one this picker offers (forged data). */
  Optional<Screen> choose(Turn turn, String choice) {
    Language language = turn.language();
    if (choice.equals(OTHER)) {
      turn.session().pending = Session.Pending.COUNTRY;
      return Optional.of(new Screen(messages.get(language, "chat.citizenship.type"),
          Keyboard.of(List.of(special(UNKNOWN, "chat.citizenship.unknown", language)))));
    }
    Optional<String> stored = switch (choice) {
      case ABROAD -> Optional.of("azerbaijani-abroad");
      case STATELESS, UNKNOWN -> Optional.of(choice);
      default -> CountryNames.isCountry(choice) ? Optional.of(choice) : Optional.empty();
    };
    stored.ifPresent(value -> record(turn, value));
    return stored.map(value -> Screen.text(thanks(choice, language)));
  }

  /** Whether {@code text}, typed while a country name is awaited, looks like a name rather than a question. */
  static boolean looksLikeName(String text) {
    return !text.isBlank() && text.strip().split("\\s+").length <= MAX_NAME_WORDS && text.length() <= 60;
  }

  /** A typed country name: recorded when it names one country, else asked again with suggestions. */
  Screen typed(Turn turn, String text) {
    Language language = turn.language();
    return switch (countries.match(text)) {
      case CountryNames.Match.Found f -> {
        record(turn, f.code());
        yield Screen.text(thanks(f.code(), language));
      }
      case CountryNames.Match.Ambiguous a -> retry("chat.citizenship.ambiguous", text, a.codes(), language);
      case CountryNames.Match.NotFound n -> retry(n.nearest().isEmpty() ? "chat.citizenship.notFound"
          : "chat.citizenship.notFoundNear", text, n.nearest(), language);
    };
  }

  private Screen retry(String key, String text, List<String> codes, Language language) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    codes.forEach(code -> rows.add(List.of(country(code, language))));
    rows.add(List.of(special(UNKNOWN, "chat.citizenship.unknown", language)));
    return new Screen(messages.get(language, key, text.strip()), new Keyboard(rows));
  }

  private void record(Turn turn, String value) {
    log.citizenship(turn.userId(), value);
    if (turn.session().pending == Session.Pending.COUNTRY) {
      turn.session().pending = Session.Pending.NONE;
    }
  }

  private String thanks(String choice, Language language) {
    return switch (choice) {
      case UNKNOWN -> messages.get(language, "chat.citizenship.skipped");
      case ABROAD -> messages.get(language, "chat.citizenship.saved", messages.get(language, "chat.citizenship.abroad"));
      case STATELESS -> messages.get(language, "chat.citizenship.saved", messages.get(language, "chat.citizenship.stateless"));
      default -> messages.get(language, "chat.citizenship.saved", CountryNames.name(choice, language));
    };
  }

  private Keyboard.Button country(String code, Language language) {
    return Menus.button(CountryNames.name(code, language), new Callback.Citizenship(code));
  }

  private Keyboard.Button special(String code, String key, Language language) {
    return Menus.button(messages.get(language, key), new Callback.Citizenship(code));
  }
}
