package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strict checks behind {@code faq check}: everything a reviewer would otherwise find by reading. A clean
 * folder returns no problems.
 */
public final class FaqChecker {
  /**
   * Writers aim for ~900 characters so an answer fits a phone screen; contacts expand from placeholders
   * into names and numbers, so the hard stop on the expanded text is higher.
   */
  public static final int MAX_ANSWER_CHARS = 1200;
  /** Telegram's limit for one message. */
  public static final int TELEGRAM_MESSAGE_CHARS = 4096;
  public static final int MIN_ALSO = 3;
  /** Two questions sharing this share of their words are near-duplicates (calibrated on real pairs). */
  static final double NEAR_DUPLICATE = 0.8;

  private final LocalDate today;

  public FaqChecker(LocalDate today) {
    this.today = today;
  }

  public List<FaqProblem> check(FaqFolder folder) {
    List<FaqProblem> problems = new ArrayList<>(folder.problems());
    Map<String, FaqFolder.Located> ids = new HashMap<>();
    for (FaqFolder.Located located : folder.entries()) {
      FaqFolder.Located earlier = ids.putIfAbsent(located.entry().id(), located);
      if (earlier != null) {
        problems.add(at(located, "duplicate id '" + located.entry().id() + "' (first at " + earlier.file() + ":"
            + earlier.line() + ")"));
      }
    }
    for (FaqFolder.Located located : folder.entries()) {
      checkEntry(located, ids.keySet(), problems);
    }
    checkNearDuplicates(folder.entries(), problems);
    checkCoverage(folder, problems);
    checkContacts(folder.contacts(), problems);
    problems.sort(Comparator.comparing(FaqProblem::file).thenComparingInt(FaqProblem::line));
    return problems;
  }

  private void checkEntry(FaqFolder.Located located, Set<String> ids, List<FaqProblem> problems) {
    FaqEntry entry = located.entry();
    for (Language language : Language.values()) {
      LocalizedText text = entry.in(language);
      int length = text.answer().length();
      if (length > TELEGRAM_MESSAGE_CHARS) {
        problems.add(at(located, entry.id() + " (" + language.tag() + "): answer has " + length
            + " characters, more than one Telegram message (" + TELEGRAM_MESSAGE_CHARS + ")"));
      } else if (length > MAX_ANSWER_CHARS) {
        problems.add(at(located, entry.id() + " (" + language.tag() + "): answer has " + length
            + " characters; the limit is " + MAX_ANSWER_CHARS + " (aim for 900)"));
      }
      if (text.also().size() < MIN_ALSO) {
        problems.add(at(located, entry.id() + " (" + language.tag() + "): 'also' has " + text.also().size()
            + " phrasings; at least " + MIN_ALSO + " are needed"));
      }
      if (text.answer().contains("{contact:")) {
        problems.add(at(located, entry.id() + " (" + language.tag() + "): answer has an unresolved contact"));
      }
    }
    for (String see : entry.see()) {
      if (see.equals(entry.id())) {
        problems.add(at(located, entry.id() + ": 'see' lists the entry itself"));
      } else if (!ids.contains(see)) {
        problems.add(at(located, entry.id() + ": 'see' names unknown entry '" + see + "'"));
      }
    }
    if (entry.reviewed().isAfter(today)) {
      problems.add(at(located, entry.id() + ": 'reviewed' date " + entry.reviewed() + " is in the future"));
    }
  }

  private static void checkNearDuplicates(List<FaqFolder.Located> entries, List<FaqProblem> problems) {
    for (Language language : Language.values()) {
      List<Set<String>> words = entries.stream().map(l -> words(l.entry().in(language).question())).toList();
      for (int i = 0; i < entries.size(); i++) {
        for (int j = i + 1; j < entries.size(); j++) {
          if (similarity(words.get(i), words.get(j)) >= NEAR_DUPLICATE) {
            FaqFolder.Located a = entries.get(i);
            FaqFolder.Located b = entries.get(j);
            problems.add(at(b, "questions of '" + a.entry().id() + "' and '" + b.entry().id() + "' (" + language.tag()
                + ") are near-duplicates; merge them or make them distinct"));
          }
        }
      }
    }
  }

  static Set<String> words(String text) {
    String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    Set<String> words = new HashSet<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 2) {
        words.add(word);
      }
    }
    return words;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) common.size() / union.size();
  }

  private static void checkCoverage(FaqFolder folder, List<FaqProblem> problems) {
    Set<Topic> missing = EnumSet.allOf(Topic.class);
    folder.entries().forEach(l -> missing.remove(l.entry().topic()));
    for (Topic topic : missing) {
      problems.add(new FaqProblem("faq/" + topic.id() + ".yaml", 1, "topic '" + topic.id() + "' has no entries"));
    }
  }

  private static void checkContacts(List<Contact> contacts, List<FaqProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (Contact contact : contacts) {
      if (!seen.add(contact.id())) {
        problems.add(new FaqProblem("faq/" + FaqLoader.CONTACTS_FILE, 1, "duplicate contact id '" + contact.id() + "'"));
      }
    }
    if (!contacts.isEmpty() && contacts.stream().noneMatch(Contact::emergency)) {
      problems.add(new FaqProblem("faq/" + FaqLoader.CONTACTS_FILE, 1, "no contact is marked emergency: true"));
    }
  }

  private static FaqProblem at(FaqFolder.Located located, String message) {
    return new FaqProblem(located.file(), located.line(), message);
  }
}
