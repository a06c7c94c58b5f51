package az.council.helpdesk.stats.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Russian genitive after «из»: «Украины», «России», «Ирана», «Китая», «Беларуси», «Новой Зеландии»,
 * «Соединенных Штатов», «Республики Корея», «Боснии и Герцеговины»; abbreviations («ОАЭ») and names ending in
 * a vowel other than а/я («Марокко», «Перу») do not decline. Adjectives before the head noun decline with it;
 * words after the head noun are an apposition and stay («Республики Корея»). A few stems are irregular.
 */
public final class RussianGrammar implements CountryGrammar {
  /** Irregular genitives: a fleeting vowel, a masculine soft sign, plurals without an ending. */
  private static final Map<String, String> IRREGULAR = Map.of(
      "Египет", "Египта",
      "Израиль", "Израиля",
      "Филиппины", "Филиппин",
      "Мальдивы", "Мальдив",
      "Багамы", "Багам",
      "Коморы", "Комор");
  private static final String HUSHING_OR_VELAR = "гкхжшщч";
  private static final String INDECLINABLE_ENDINGS = "оеиуюэы";

  @Override
  public String fromCountry(String name) {
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      return name; // ОАЭ, КНДР, США
    }
    List<String> parts = new ArrayList<>();
    for (String part : name.split(" и ", -1)) {
      parts.add(phrase(part.split(" ")));
    }
    return String.join(" и ", parts);
  }

  @Override
  public PluralForm plural(long count) {
    long n = Math.abs(count);
    if (n % 10 == 1 && n % 100 != 11) {
      return PluralForm.ONE;
    }
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
      return PluralForm.FEW;
    }
    return PluralForm.MANY;
  }

  @Override
  public String moreThan(long number) {
    return NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru")).format(number);
  }

  private static String phrase(String[] words) {
    StringBuilder out = new StringBuilder();
    boolean headDone = false;
    boolean plural = false;
    for (String word : words) {
      String declined;
      if (headDone) {
        declined = word;
      } else if (isAdjective(word)) {
        plural = word.endsWith("ые") || word.endsWith("ие");
        declined = adjective(word);
      } else {
        declined = hyphenatedNoun(word, plural);
        headDone = true;
      }
      out.append(out.isEmpty() ? "" : " ").append(declined);
    }
    return out.toString();
  }

  private static boolean isAdjective(String word) {
    for (String ending : List.of("ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие")) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static String adjective(String word) {
    String stem = word.substring(0, word.length() - 2);
    String ending = word.substring(word.length() - 2);
    char last = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
    return stem + switch (ending) {
      case "ая" -> "ой";
      case "яя" -> "ей";
      case "ый", "ое", "ой" -> "ого";
      case "ий" -> HUSHING_OR_VELAR.indexOf(last) >= 0 ? "ого" : "его";
      case "ее" -> "его";
      case "ые" -> "ых";
      case "ие" -> "их";
      default -> throw new IllegalStateException("not an adjective ending: " + ending);
    };
  }

  /**
   * «Шри-Ланка» → «Шри-Ланки», «Кот-д’Ивуар» → «Кот-д’Ивуара»; when the last part cannot decline, only a
   * feminine head does («Гвинея-Бисау» → «Гвинеи-Бисау», but «Сан-Марино», «Буркина-Фасо» stay).
   */
  private static String hyphenatedNoun(String word, boolean plural) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen < 0) {
      return noun(word, plural);
    }
    String head = word.substring(0, hyphen);
    String tail = word.substring(hyphen + 1);
    String declinedTail = noun(tail, plural);
    if (!declinedTail.equals(tail)) {
      return head + "-" + declinedTail;
    }
    int first = word.indexOf('-');
    String firstPart = word.substring(0, first);
    return firstPart.endsWith("я") ? noun(firstPart, plural) + word.substring(first) : word;
  }

  private static String noun(String word, boolean plural) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (plural) {
      return pluralNoun(word);
    }
    String stem = word.substring(0, word.length() - 1);
    char last = word.charAt(word.length() - 1);
    if (word.endsWith("ия") || word.endsWith("ья")) {
      return stem + "и";
    }
    return switch (last) {
      case 'я', 'ь' -> stem + "и";
      case 'й' -> stem + "я";
      case 'а' -> stem + (HUSHING_OR_VELAR.indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы");
      case 'ы' -> stem + "ов"; // Нидерланды, Штаты
      default -> INDECLINABLE_ENDINGS.indexOf(last) >= 0 || !Character.isLetter(last) ? word : word + "а";
    };
  }

  /** Plural nouns after a plural adjective: «Острова» → «Островов», «территории» → «территорий». */
  private static String pluralNoun(String word) {
    if (word.endsWith("ии")) {
      return word.substring(0, word.length() - 2) + "ий";
    }
    if (word.endsWith("ы") || word.endsWith("а") || word.endsWith("и")) {
      return word.substring(0, word.length() - 1) + "ов";
    }
    return word;
  }
}
