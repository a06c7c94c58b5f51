package az.council.helpdesk.triage;

import az.council.helpdesk.search.FaqIndex;
import az.council.helpdesk.search.FaqIndex.Group;
import az.council.helpdesk.search.Synonyms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures {@link Evidence} per word of the question rather than per language field: a word counts as
 * known (or matched by the best entry) when any language's analysis of it is. That keeps mixed messages
 * ("vnj almaq ucun what documents") and wrongly detected languages from looking out of scope. Words that
 * some language drops as a stop word are function words and are not counted; an abbreviation such as
 * "внж" counts through its expansion.
 */
final class WordEvidence {
  private static final List<Group> LANGUAGE_GROUPS = List.of(Group.AZ, Group.RU, Group.EN);
  /**
   * A long word one or two edits from a FAQ term ("aplication", "requierd") is most likely a typo of it, so
   * it counts half towards being in scope; short words are near too many terms to say anything.
   */
  static final int NEARLY_KNOWN_LENGTH = 6;
  static final double NEARLY_KNOWN = 0.5;

  private final FaqIndex index;
  private final List<FaqIndex.Hit> hits;
  private final List<Synonyms.Found> synonyms;

  WordEvidence(FaqIndex index, List<FaqIndex.Hit> hits, List<Synonyms.Found> synonyms) {
    this.index = index;
    this.hits = hits;
    this.synonyms = synonyms;
  }

  private static final class Word {
    int languages;
    boolean known;
    boolean nearlyKnown;
    boolean matched;
    double idf = Double.MAX_VALUE;
  }

  Evidence measure(Map<Group, List<FaqIndex.Token>> tokens, Map<Group, List<String>> terms) {
    FaqIndex.Hit best = hits.get(0);
    Map<Group, Set<String>> matched = index.matchedTerms(best.doc(), terms);
    Map<Integer, Word> words = new TreeMap<>();
    Word expansions = new Word();
    for (Group group : Group.values()) {
      for (FaqIndex.Token token : tokens.get(group)) {
        boolean fromExpansion = token.expansion();
        if (!fromExpansion && insideTrigger(token.start())) {
          continue;
        }
        Word word = fromExpansion ? expansions : words.computeIfAbsent(token.start(), k -> new Word());
        if (LANGUAGE_GROUPS.contains(group)) {
          word.languages++;
        }
        // A spelling the FAQ never uses still counts towards matching, but not as evidence of being in scope:
        // almost any word is one or two edits away from some FAQ word.
        FaqIndex.TermFacts facts = index.facts(group, token.term());
        word.known |= !token.corrected() && facts.askedAbout();
        word.nearlyKnown |= token.corrected() && token.term().length() >= NEARLY_KNOWN_LENGTH && facts.askedAbout();
        word.matched |= matched.get(group).contains(token.term());
        word.idf = Math.min(word.idf, facts.idf());
      }
    }
    if (!synonyms.isEmpty()) {
      expansions.languages = LANGUAGE_GROUPS.size();
      words.put(-1, expansions);
    }
    double all = 0;
    double hit = 0;
    int counted = 0;
    double known = 0;
    for (Word word : words.values()) {
      if (word.languages < LANGUAGE_GROUPS.size()) {
        continue; // a stop word in some language
      }
      counted++;
      known += word.known ? 1 : word.nearlyKnown ? NEARLY_KNOWN : 0;
      all += word.idf;
      hit += word.matched ? word.idf : 0;
    }
    if (counted == 0) {
      return Evidence.NONE;
    }
    double gap = hits.size() < 2 ? 1 : 1 - hits.get(1).score() / best.score();
    return new Evidence(hit / all, gap, known / counted, counted);
  }

  private boolean insideTrigger(int offset) {
    for (Synonyms.Found found : synonyms) {
      if (offset >= found.start() && offset < found.end()) {
        return true;
      }
    }
    return false;
  }
}
