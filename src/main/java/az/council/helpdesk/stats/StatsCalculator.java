package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a {@link StatsReport} from the period's logged inquiries. Pure: no database, no clock. */
public final class StatsCalculator {

  public StatsReport compute(StatsPeriod period, List<LoggedInquiry> rows) {
    Map<String, Citizenship> persons = new LinkedHashMap<>();
    rows.forEach(row -> persons.putIfAbsent(row.personRef(), row.citizenship()));
    Map<Citizenship, Integer> byCitizenship = count(persons.values(), Function.identity());
    int azerbaijanis = byCitizenship.entrySet().stream().filter(e -> isAzerbaijani(e.getKey()))
        .mapToInt(Map.Entry::getValue).sum();
    List<Tally<Citizenship>> citizenship = byCitizenship.entrySet().stream()
        .filter(e -> !isAzerbaijani(e.getKey()))
        .map(e -> new Tally<>(e.getKey(), e.getValue()))
        .sorted(CITIZENSHIP_ORDER)
        .toList();
    return new StatsReport(period, persons.size(), rows.size(), citizenship, azerbaijanis,
        allOf(Topic.values(), count(rows.stream().flatMap(r -> r.topic().stream()).toList(), Function.identity())),
        (int) rows.stream().filter(r -> r.topic().isEmpty()).count(),
        allOf(Language.values(), count(rows.stream().flatMap(r -> r.language().stream()).toList(), Function.identity())),
        allOf(Inquiry.Source.values(), count(rows, LoggedInquiry::source)),
        cases(rows), feedback(rows));
  }

  /** The report lists Azerbaijani citizens apart from foreigners; someone who picked "AZ" is one of them. */
  static boolean isAzerbaijani(Citizenship citizenship) {
    return citizenship.equals(Citizenship.AZERBAIJANI_ABROAD) || citizenship.code().equals("AZ");
  }

  /** Countries by persons (most first, then by code), then stateless, then unknown: "others" go last. */
  static final Comparator<Tally<Citizenship>> CITIZENSHIP_ORDER = Comparator
      .<Tally<Citizenship>>comparingInt(t -> rank(t.key()))
      .thenComparing(Comparator.<Tally<Citizenship>>comparingInt(Tally::count).reversed())
      .thenComparing(t -> t.key().code());

  private static int rank(Citizenship citizenship) {
    if (citizenship.isCountry()) {
      return 0;
    }
    return citizenship.equals(Citizenship.STATELESS) ? 1 : 2;
  }

  private static StatsReport.Cases cases(List<LoggedInquiry> rows) {
    Map<Long, LoggedInquiry> byCase = new TreeMap<>();
    rows.forEach(row -> row.caseId().ifPresent(id -> byCase.putIfAbsent(id, row)));
    List<Outcome> outcomes = new ArrayList<>();
    byCase.values().forEach(row -> row.outcome().ifPresent(outcomes::add));
    rows.stream().filter(r -> r.caseId().isEmpty()).forEach(row -> row.outcome().ifPresent(outcomes::add));
    List<Duration> waits = byCase.values().stream()
        .filter(row -> row.caseOpened().isPresent() && row.firstReply().isPresent())
        .map(row -> Duration.between(row.caseOpened().get(), row.firstReply().get()))
        .sorted()
        .toList();
    return new StatsReport.Cases(
        (int) rows.stream().filter(LoggedInquiry::escalated).count(),
        byCase.size(),
        allOf(Outcome.values(), count(outcomes, Function.identity())),
        (int) byCase.values().stream().filter(row -> row.outcome().isEmpty()).count(),
        waits.size(),
        median(waits));
  }

  static Optional<Duration> median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int middle = sorted.size() / 2;
    return Optional.of(sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
  }

  private static StatsReport.Feedback feedback(List<LoggedInquiry> rows) {
    List<LoggedInquiry> unanswered = rows.stream()
        .filter(r -> r.source() == Inquiry.Source.BOT && !r.confident()).toList();
    // The same question asked twice counts once with 2; it is shown as most recently worded.
    Map<String, String> wording = new LinkedHashMap<>();
    Map<String, Integer> asked = new LinkedHashMap<>();
    for (LoggedInquiry row : unanswered) {
      row.question().ifPresent(text -> {
        String key = normalise(text);
        wording.put(key, text);
        asked.merge(key, 1, Integer::sum);
      });
    }
    List<Tally<String>> questions = asked.entrySet().stream()
        .map(e -> new Tally<>(wording.get(e.getKey()), e.getValue()))
        .sorted(Comparator.<Tally<String>>comparingInt(Tally::count).reversed().thenComparing(Tally::key))
        .toList();
    List<Tally<String>> entries = count(rows.stream()
            .filter(r -> r.helpful().equals(Optional.of(false)) && r.entryId().isPresent()).toList(),
        r -> r.entryId().get())
        .entrySet().stream().map(e -> new Tally<>(e.getKey(), e.getValue()))
        .sorted(Comparator.<Tally<String>>comparingInt(Tally::count).reversed().thenComparing(Tally::key))
        .toList();
    return new StatsReport.Feedback(
        (int) rows.stream().filter(r -> r.helpful().equals(Optional.of(true))).count(),
        (int) rows.stream().filter(r -> r.helpful().equals(Optional.of(false))).count(),
        unanswered.size(), questions, entries);
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("[?!.…]+$", "").toLowerCase(Locale.ROOT);
  }

  private static <T, K> Map<K, Integer> count(Collection<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.toMap(key, item -> 1, Integer::sum, LinkedHashMap::new));
  }

  /** Every key, zeros included, most first; ties keep the enum's order. */
  private static <K extends Enum<K>> List<Tally<K>> allOf(K[] keys, Map<K, Integer> counts) {
    List<Tally<K>> tallies = new ArrayList<>();
    for (K key : keys) {
      tallies.add(new Tally<>(key, counts.getOrDefault(key, 0)));
    }
    tallies.sort(Comparator.<Tally<K>>comparingInt(Tally::count).reversed());
    return List.copyOf(tallies);
  }
}
