package az.council.helpdesk.bench;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.LocalizedText;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A large FAQ for the scaling benchmark: the real entries plus generated ones whose questions and answers
 * are random word sequences drawn from the real FAQ's own vocabulary per language, so term statistics stay
 * realistic (Zipf-like, shared domain words) while the index grows to the size asked for.
 */
final class SyntheticFaq {
  private SyntheticFaq() {}

  static List<FaqEntry> grow(List<FaqEntry> real, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Language, List<String>> words = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      List<String> bag = new ArrayList<>();
      for (FaqEntry entry : real) {
        LocalizedText text = entry.in(language);
        for (String part : List.of(text.question(), text.answer(), String.join(" ", text.also()))) {
          for (String word : part.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
              bag.add(word);
            }
          }
        }
      }
      words.put(language, bag);
    }
    List<FaqEntry> entries = new ArrayList<>(real);
    Topic[] topics = Topic.values();
    for (int i = entries.size(); i < size; i++) {
      Map<Language, LocalizedText> texts = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        List<String> bag = words.get(language);
        texts.put(language, new LocalizedText(sentence(bag, random, 8), sentence(bag, random, 90),
            List.of(sentence(bag, random, 7), sentence(bag, random, 7), sentence(bag, random, 7))));
      }
      entries.add(new FaqEntry("synthetic-" + i, topics[random.nextInt(topics.length)], Booklet.GUIDE, texts,
          "synthetic", LocalDate.of(2026, 1, 1), false, List.of()));
    }
    return entries;
  }

  private static String sentence(List<String> bag, SplittableRandom random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(bag.get(random.nextInt(bag.size())));
    }
    return out.toString();
  }
}
