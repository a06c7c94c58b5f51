package az.council.helpdesk.search;

import java.util.Map;

/**
 * Letter mappings between scripts. Older Azerbaijanis often type in Cyrillic (the official script until
 * 1991, or simply a Russian keyboard), and many Russian speakers type Russian in Latin letters ("kak
 * prodlit vnzh"). Both are mapped so the text can meet the FAQ's wording.
 */
public final class Scripts {
  private Scripts() {}

  /** Whether a regex's {@code \p{L}} or {@code \p{N}} matches the code point (what a whole word ends before). */
  public static boolean isLetterOrNumber(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * Azerbaijani Cyrillic (1958–1991 alphabet) to Azerbaijani Latin, plus the Russian-keyboard stand-ins people
   * use for the letters a Russian keyboard lacks (э for ə, й for ј, ы for ı, г for both г and ғ).
   */
  public static final Map<String, String> AZ_CYRILLIC_TO_LATIN =
      Map.ofEntries(
          Map.entry("а", "a"), Map.entry("б", "b"), Map.entry("в", "v"), Map.entry("г", "q"),
          Map.entry("ғ", "ğ"), Map.entry("д", "d"), Map.entry("е", "e"), Map.entry("ә", "ə"),
          Map.entry("э", "ə"), Map.entry("ж", "j"), Map.entry("з", "z"), Map.entry("и", "i"),
          Map.entry("ы", "ı"), Map.entry("ј", "y"), Map.entry("й", "y"), Map.entry("к", "k"),
          Map.entry("ҝ", "g"), Map.entry("л", "l"), Map.entry("м", "m"), Map.entry("н", "n"),
          Map.entry("о", "o"), Map.entry("ө", "ö"), Map.entry("п", "p"), Map.entry("р", "r"),
          Map.entry("с", "s"), Map.entry("т", "t"), Map.entry("у", "u"), Map.entry("ү", "ü"),
          Map.entry("ф", "f"), Map.entry("х", "x"), Map.entry("һ", "h"), Map.entry("ч", "ç"),
          Map.entry("ҹ", "c"), Map.entry("ш", "ş"), Map.entry("щ", "ş"), Map.entry("ц", "s"),
          Map.entry("ю", "yu"), Map.entry("я", "ya"), Map.entry("ё", "yo"), Map.entry("ь", ""),
          Map.entry("ъ", ""),
          Map.entry("А", "A"), Map.entry("Б", "B"), Map.entry("В", "V"), Map.entry("Г", "Q"),
          Map.entry("Ғ", "Ğ"), Map.entry("Д", "D"), Map.entry("Е", "E"), Map.entry("Ә", "Ə"),
          Map.entry("Э", "Ə"), Map.entry("Ж", "J"), Map.entry("З", "Z"), Map.entry("И", "İ"),
          Map.entry("Ы", "I"), Map.entry("Ј", "Y"), Map.entry("Й", "Y"), Map.entry("К", "K"),
          Map.entry("Ҝ", "G"), Map.entry("Л", "L"), Map.entry("М", "M"), Map.entry("Н", "N"),
          Map.entry("О", "O"), Map.entry("Ө", "Ö"), Map.entry("П", "P"), Map.entry("Р", "R"),
          Map.entry("С", "S"), Map.entry("Т", "T"), Map.entry("У", "U"), Map.entry("Ү", "Ü"),
          Map.entry("Ф", "F"), Map.entry("Х", "X"), Map.entry("Һ", "H"), Map.entry("Ч", "Ç"),
          Map.entry("Ҹ", "C"), Map.entry("Ш", "Ş"), Map.entry("Щ", "Ş"), Map.entry("Ц", "S"),
          Map.entry("Ю", "Yu"), Map.entry("Я", "Ya"), Map.entry("Ё", "Yo"));

  /** {@link #AZ_CYRILLIC_TO_LATIN} by character code, for the Cyrillic block (U+0400–U+04FF). */
  private static final String[] AZ_LATIN_BY_CYRILLIC = new String[0x100];

  static {
    AZ_CYRILLIC_TO_LATIN.forEach((cyrillic, latin) -> AZ_LATIN_BY_CYRILLIC[cyrillic.charAt(0) - 0x400] = latin);
  }

  /**
   * The text with Azerbaijani Cyrillic letters written in Latin ({@link #AZ_CYRILLIC_TO_LATIN}), other characters
   * kept; the same string when there is nothing to map (the usual case, looked at for every question).
   */
  public static String azCyrillicToLatin(String text) {
    int first = 0;
    while (first < text.length() && latinOf(text.charAt(first)) == null) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      String latin = latinOf(c);
      if (latin == null) {
        out.append(c);
      } else {
        out.append(latin);
      }
    }
    return out.toString();
  }

  private static String latinOf(char c) {
    return c >= 0x400 && c < 0x500 ? AZ_LATIN_BY_CYRILLIC[c - 0x400] : null;
  }

  /**
   * Letter pairs a Russian keyboard uses for one Azerbaijani letter ("иджазə" for icazə: ҹ is missing there),
   * for the analysers, whose character mapping prefers the longer match.
   */
  public static final Map<String, String> AZ_CYRILLIC_PAIRS_TO_LATIN = Map.of("дж", "c", "Дж", "C", "ДЖ", "C");

  /**
   * Russian Cyrillic to a Latin "skeleton" that also absorbs the many ways people transliterate
   * (ц → c/ts, ж → zh/j, я → ya/ja/ia …); {@link #latinSkeleton} applies the same reduction to typed Latin.
   */
  public static final Map<String, String> RU_CYRILLIC_TO_SKELETON =
      Map.ofEntries(
          Map.entry("а", "a"), Map.entry("б", "b"), Map.entry("в", "v"), Map.entry("г", "g"),
          Map.entry("д", "d"), Map.entry("е", "e"), Map.entry("ё", "e"), Map.entry("ж", "z"),
          Map.entry("з", "z"), Map.entry("и", "i"), Map.entry("й", "i"), Map.entry("к", "k"),
          Map.entry("л", "l"), Map.entry("м", "m"), Map.entry("н", "n"), Map.entry("о", "o"),
          Map.entry("п", "p"), Map.entry("р", "r"), Map.entry("с", "s"), Map.entry("т", "t"),
          Map.entry("у", "u"), Map.entry("ф", "f"), Map.entry("х", "h"), Map.entry("ц", "c"),
          Map.entry("ч", "c"), Map.entry("ш", "s"), Map.entry("щ", "s"), Map.entry("ъ", ""),
          Map.entry("ы", "i"), Map.entry("ь", ""), Map.entry("э", "e"), Map.entry("ю", "u"),
          Map.entry("я", "a"));

  /** Reduces a lower-case Latin word to the skeleton used for Russian typed in Latin letters. */
  public static String latinSkeleton(String word) {
    String s = word;
    s = s.replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("ch", "c").replace("zh", "z")
        .replace("ts", "c").replace("kh", "h").replace("ya", "a").replace("ja", "a").replace("ia", "a")
        .replace("yu", "u").replace("ju", "u").replace("iu", "u").replace("yo", "o").replace("jo", "o")
        .replace('y', 'i').replace('j', 'i').replace('x', 'h').replace('w', 'v').replace('q', 'k')
        .replace("'", "");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
