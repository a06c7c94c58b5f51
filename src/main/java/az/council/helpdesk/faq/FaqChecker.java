package az.council.helpdesk.faq;

import az.council.helpdesk.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The strict checks behind {@code faq check}: everything a reviewer would otherwise find by reading. A clean
 * folder returns no problems. Missing languages, empty texts, missing sources, unknown topics and contacts
 * and malformed dates are found by {@link FaqLoader}; this class adds the checks that need the whole folder
 * or today's date.
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

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

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
        problems.add(at(located, "duplicate id '" + located.entry().id() + "' (first at " + where(earlier) + ")"));
      }
    }
    for (FaqFolder.Located located : folder.entries()) {
      checkEntry(located, ids.keySet(), problems);
    }
    for (NearDuplicates.Pair pair : NearDuplicates.find(folder.entries())) {
      problems.add(at(pair.second(), nearDuplicateMessage(pair)));
    }
    checkCoverage(folder, problems);
    checkContacts(folder.locatedContacts(), problems);
    problems.sort(Comparator.comparing(FaqProblem::file).thenComparingInt(FaqProblem::line));
    return problems;
  }

  private void checkEntry(FaqFolder.Located located, Set<String> ids, List<FaqProblem> problems) {
    FaqEntry entry = located.entry();
    for (Language language : Language.values()) {
      LocalizedText text = entry.in(language);
      String label = entry.id() + " (" + language.tag() + ")";
      int length = text.answer().length();
      if (length > TELEGRAM_MESSAGE_CHARS) {
        problems.add(at(located, label + ": answer has " + length
            + " characters, more than one Telegram message (" + TELEGRAM_MESSAGE_CHARS + ")"));
      } else if (length > MAX_ANSWER_CHARS) {
        problems.add(at(located, label + ": answer has " + length + " characters; the limit is "
            + MAX_ANSWER_CHARS + " (aim for 900)"));
      }
      if (text.also().size() < MIN_ALSO) {
        problems.add(at(located, label + ": 'also' has " + text.also().size() + " phrasings; at least "
            + MIN_ALSO + " are needed"));
      }
      // Well-formed placeholders left unexpanded name unknown contacts, already reported by the loader.
      if (FaqLoader.CONTACT.matcher(text.answer()).replaceAll("").contains("{contact:")) {
        problems.add(at(located, label + ": answer has a malformed contact placeholder; write {contact:id}"));
      }
      checkScript(located, language, text, label, problems);
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

  /**
   * A block pasted under the wrong language tag loads fine and would be served to the wrong people, so the
   * script is checked: Russian must be Cyrillic, Azerbaijani and English must not be. Only the question and
   * answer: the 'also' phrasings deliberately include Azerbaijani typed in Cyrillic.
   */
  private static void checkScript(
      FaqFolder.Located located, Language language, LocalizedText text, String label, List<FaqProblem> problems) {
    for (String field : List.of("question", "answer")) {
      String value = field.equals("question") ? text.question() : text.answer();
      boolean cyrillic = CYRILLIC.matcher(value).find();
      if (language == Language.RU && !cyrillic) {
        problems.add(at(located, label + ": " + field + " has no Cyrillic letters; is it in Russian?"));
      } else if (language != Language.RU && cyrillic) {
        problems.add(at(located, label + ": " + field + " contains Cyrillic letters; is it in the right language?"));
      }
    }
  }

  private static String nearDuplicateMessage(NearDuplicates.Pair pair) {
    String languages = pair.languages().stream().map(Language::tag).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT,
        "questions of '%s' (%s) and '%s' (%s) are near-duplicates in %s (%.0f%% shared words); "
            + "merge them or make them distinct",
        pair.first().entry().id(), where(pair.first()), pair.second().entry().id(), where(pair.second()),
        languages, pair.similarity() * 100);
  }

  private static void checkCoverage(FaqFolder folder, List<FaqProblem> problems) {
    Set<Topic> missing = EnumSet.allOf(Topic.class);
    folder.entries().forEach(l -> missing.remove(l.entry().topic()));
    for (Topic topic : missing) {
      problems.add(new FaqProblem("faq/" + topic.id() + ".yaml", 1, "topic '" + topic.id() + "' has no entries"));
    }
  }

  private void checkContacts(List<FaqFolder.LocatedContact> contacts, List<FaqProblem> problems) {
    Map<String, FaqFolder.LocatedContact> seen = new HashMap<>();
    for (FaqFolder.LocatedContact located : contacts) {
      Contact contact = located.contact();
      FaqFolder.LocatedContact earlier = seen.putIfAbsent(contact.id(), located);
      if (earlier != null) {
        problems.add(new FaqProblem(located.file(), located.line(), "duplicate contact id '" + contact.id()
            + "' (first at " + earlier.file() + ":" + earlier.line() + ")"));
      }
      located.reviewed().filter(date -> date.isAfter(today)).ifPresent(date -> problems.add(new FaqProblem(
          located.file(), located.line(), "contact '" + contact.id() + "': 'reviewed' date " + date
              + " is in the future")));
    }
    if (!contacts.isEmpty() && contacts.stream().noneMatch(c -> c.contact().emergency())) {
      FaqFolder.LocatedContact first = contacts.get(0);
      problems.add(new FaqProblem(first.file(), 1, "no contact is marked emergency: true"));
    }
  }

  private static String where(FaqFolder.Located located) {
    return located.file() + ":" + located.line();
  }

  private static FaqProblem at(FaqFolder.Located located, String message) {
    return new FaqProblem(located.file(), located.line(), message);
  }
}
