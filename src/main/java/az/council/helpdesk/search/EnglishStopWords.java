package az.council.helpdesk.search;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Lucene's English stop list keeps pronouns, auxiliaries and question words ("i", "my", "do", "can",
 * "what"), which the Russian and Azerbaijani lists drop. In chat questions they occur in nearly every entry,
 * so they add nothing to the ranking while costing the most to match, and they made English questions look
 * better covered than the same question in the other two languages.
 */
final class EnglishStopWords {
  static final List<String> EXTRA =
      List.of("i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "he", "him", "his", "she",
          "her", "it's", "its", "im", "i'm", "ive", "i've", "id", "i'd", "do", "does", "did", "doing", "done", "am",
          "have", "has", "had", "having", "can", "could", "would", "should", "shall", "may", "might",
          "so", "just", "also", "please", "pls", "plz",
          "hi", "hello", "thanks", "thank", "any", "some", "from", "about", "there", "here", "been", "being",
          "were", "than", "too", "very", "u", "ur");

  private EnglishStopWords() {}

  static CharArraySet set() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    set.addAll(EXTRA);
    return CharArraySet.unmodifiableSet(set);
  }
}
