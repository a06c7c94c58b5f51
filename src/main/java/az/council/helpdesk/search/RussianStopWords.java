package az.council.helpdesk.search;

import java.util.Set;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/** Russian evidence for the language detector: Lucene's stop list plus endings Azerbaijani never has. */
final class RussianStopWords {
  private static final Set<String> EXTRA =
      Set.of("можно", "нужно", "надо", "сколько", "здравствуйте", "привет", "помогите", "спасибо", "есть",
          "меня", "мне", "где", "как", "что", "почему", "зачем", "когда");

  private static final java.util.regex.Pattern RUSSIAN_SHAPE =
      java.util.regex.Pattern.compile("ость|ение|ание|ться|тся|ого|его|ому|ыми|ями|ая|ое|ые|ий|ый|ешь|ишь|щ|ъ|ь");

  private RussianStopWords() {}

  static boolean contains(String word) {
    return EXTRA.contains(word) || RussianAnalyzer.getDefaultStopSet().contains(word);
  }

  /** Russian inflections and letters that Azerbaijani Cyrillic writing (even on a Russian keyboard) lacks. */
  static boolean looksRussian(String word) {
    return word.length() > 3 && RUSSIAN_SHAPE.matcher(word).find();
  }
}
