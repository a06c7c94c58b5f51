package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A year and a month of synthetic traffic through the real SQLite log; every figure of the statistics is
 * checked against what the generator knows happened, computed here with plain loops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SeededLogStatisticsTest {
  private static final long SEED = 20220731L;

  @TempDir static Path data;
  private Database database;
  private SyntheticLog synthetic;
  private StatsService service;

  @BeforeAll
  void seed() {
    database = Database.open(data);
    Clock clock = Clock.fixed(Instant.parse("2023-02-01T00:00:00Z"), ZoneOffset.UTC);
    synthetic = SyntheticLog.write(SEED, new SqliteInquiryLog(database, Pseudonyms.inDirectory(data), clock),
        new SqliteMemberLog(database, clock));
    service = new StatsService(new SqliteInquiryHistory(database), new Messages());
  }

  @AfterAll
  void close() {
    database.close();
  }

  Stream<StatsPeriod> periods() {
    return Stream.of(StatsPeriod.year(2022), StatsPeriod.quarter(2022, 2), StatsPeriod.month(YearMonth.of(2022, 12)),
        StatsPeriod.month(YearMonth.of(2023, 1)), StatsPeriod.between(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 8, 2)));
  }

  @Test
  void theSeedIsBigEnoughToMeanSomething() {
    List<SyntheticLog.Fact> year = factsIn(StatsPeriod.year(2022));
    assertThat(year).hasSizeGreaterThan(1_000);
    assertThat(year).filteredOn(f -> f.caseId().isPresent()).hasSizeGreaterThan(100);
    assertThat(year).filteredOn(f -> f.person().endsWith(":forgotten")).isNotEmpty();
    assertThat(year).filteredOn(f -> f.source() == Inquiry.Source.OFFLINE).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("periods")
  void personsAndCitizenship_matchTheGroundTruth(StatsPeriod period) {
    List<SyntheticLog.Fact> facts = factsIn(period);
    Map<String, String> citizenshipByPerson = new HashMap<>();
    for (SyntheticLog.Fact fact : facts) {
      citizenshipByPerson.put(fact.person(), fact.citizenship());
    }
    Map<String, Integer> expected = new HashMap<>();
    int azerbaijanis = 0;
    for (String citizenship : citizenshipByPerson.values()) {
      if (citizenship.equals("AZ") || citizenship.equals("azerbaijani-abroad")) {
        azerbaijanis++;
      } else {
        expected.merge(citizenship, 1, Integer::sum);
      }
    }

    StatsReport report = service.report(period);

    assertThat(report.persons()).isEqualTo(citizenshipByPerson.size());
    assertThat(report.inquiries()).isEqualTo(facts.size());
    assertThat(report.azerbaijanis()).isEqualTo(azerbaijanis);
    Map<String, Integer> actual = new HashMap<>();
    report.citizenship().forEach(t -> actual.put(t.key().code(), t.count()));
    assertThat(actual).isEqualTo(expected);
    assertThat(report.foreigners() + report.azerbaijanis()).isEqualTo(report.persons());
  }

  @ParameterizedTest
  @MethodSource("periods")
  void citizenship_isSortedLikeTheReport(StatsPeriod period) {
    List<Tally<Citizenship>> list = service.report(period).citizenship();
    List<Tally<Citizenship>> countries = list.stream().filter(t -> t.key().isCountry()).toList();

    assertThat(list.subList(0, countries.size())).isEqualTo(countries);
    for (int i = 1; i < countries.size(); i++) {
      assertThat(countries.get(i).count()).isLessThanOrEqualTo(countries.get(i - 1).count());
    }
    assertThat(list.subList(countries.size(), list.size())).extracting(t -> t.key().code())
        .isSubsetOf("stateless", "unknown")
        .isSortedAccordingTo((a, b) -> a.equals(b) ? 0 : a.equals("stateless") ? -1 : 1);
  }

  @ParameterizedTest
  @MethodSource("periods")
  void topicsLanguagesSources_matchTheGroundTruth(StatsPeriod period) {
    List<SyntheticLog.Fact> facts = factsIn(period);
    Map<Topic, Integer> topics = new HashMap<>();
    Map<Language, Integer> languages = new HashMap<>();
    Map<Inquiry.Source, Integer> sources = new HashMap<>();
    int outOfScope = 0;
    for (SyntheticLog.Fact fact : facts) {
      if (fact.topic().isPresent()) {
        topics.merge(fact.topic().get(), 1, Integer::sum);
      } else {
        outOfScope++;
      }
      fact.language().ifPresent(l -> languages.merge(l, 1, Integer::sum));
      sources.merge(fact.source(), 1, Integer::sum);
    }

    StatsReport report = service.report(period);

    assertThat(nonZero(report.topics())).isEqualTo(topics);
    assertThat(report.topics()).hasSize(Topic.values().length);
    assertThat(report.topics()).extracting(Tally::count).isSortedAccordingTo((a, b) -> b - a);
    assertThat(report.outOfScope()).isEqualTo(outOfScope);
    assertThat(nonZero(report.languages())).isEqualTo(languages);
    assertThat(nonZero(report.sources())).isEqualTo(sources);
  }

  @ParameterizedTest
  @MethodSource("periods")
  void casesOutcomesAndMedianReply_matchTheGroundTruth(StatsPeriod period) {
    List<SyntheticLog.Fact> facts = factsIn(period);
    Map<Outcome, Integer> outcomes = new HashMap<>();
    List<Long> replyMillis = new ArrayList<>();
    int cases = 0;
    int open = 0;
    for (SyntheticLog.Fact fact : facts) {
      fact.outcome().ifPresent(o -> outcomes.merge(o, 1, Integer::sum));
      if (fact.caseId().isPresent()) {
        cases++;
        open += fact.outcome().isEmpty() ? 1 : 0;
        fact.firstReply().ifPresent(d -> replyMillis.add(d.toMillis()));
      }
    }
    replyMillis.sort(null);
    int n = replyMillis.size();
    Optional<Duration> median = n == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(n % 2 == 1
        ? replyMillis.get(n / 2)
        : (replyMillis.get(n / 2 - 1) + replyMillis.get(n / 2)) / 2));

    StatsReport.Cases actual = service.report(period).cases();

    assertThat(actual.escalated()).isEqualTo((int) facts.stream().filter(SyntheticLog.Fact::escalated).count());
    assertThat(actual.cases()).isEqualTo(cases);
    assertThat(actual.open()).isEqualTo(open);
    assertThat(nonZero(actual.outcomes())).isEqualTo(outcomes);
    assertThat(actual.replied()).isEqualTo(n);
    assertThat(actual.medianFirstReply()).isEqualTo(median);
  }

  @ParameterizedTest
  @MethodSource("periods")
  void ratingsAndUnansweredQuestions_matchTheGroundTruth(StatsPeriod period) {
    List<SyntheticLog.Fact> facts = factsIn(period);
    Map<String, Integer> texts = new HashMap<>();
    facts.forEach(f -> f.keptText().ifPresent(t -> texts.merge(t, 1, Integer::sum)));

    StatsReport.Feedback feedback = service.report(period).feedback();

    assertThat(feedback.helpful()).isEqualTo(count(facts, f -> f.helpful().equals(Optional.of(true))));
    assertThat(feedback.notHelpful()).isEqualTo(count(facts, f -> f.helpful().equals(Optional.of(false))));
    assertThat(feedback.unanswered())
        .isEqualTo(count(facts, f -> f.source() == Inquiry.Source.BOT && !f.confident()));
    Map<String, Integer> actual = new HashMap<>();
    feedback.unansweredQuestions().forEach(t -> actual.put(t.key(), t.count()));
    assertThat(actual).isEqualTo(texts);
    assertThat(feedback.unansweredQuestions()).extracting(Tally::count).isSortedAccordingTo((a, b) -> b - a);
    Map<String, Integer> notHelpful = new HashMap<>();
    facts.stream().filter(f -> f.helpful().equals(Optional.of(false)))
        .forEach(f -> f.entryId().ifPresent(e -> notHelpful.merge(e, 1, Integer::sum)));
    Map<String, Integer> actualNotHelpful = new HashMap<>();
    feedback.notHelpfulEntries().forEach(t -> actualNotHelpful.put(t.key(), t.count()));
    assertThat(actualNotHelpful).isEqualTo(notHelpful);
  }

  private List<SyntheticLog.Fact> factsIn(StatsPeriod period) {
    Instant from = period.start(StatsService.BAKU);
    Instant to = period.end(StatsService.BAKU);
    return synthetic.facts.stream().filter(f -> !f.at().isBefore(from) && f.at().isBefore(to)).toList();
  }

  private static int count(List<SyntheticLog.Fact> facts, Predicate<SyntheticLog.Fact> test) {
    return (int) facts.stream().filter(test).count();
  }

  private static <K> Map<K, Integer> nonZero(List<Tally<K>> tallies) {
    Map<K, Integer> map = new HashMap<>();
    tallies.stream().filter(t -> t.count() > 0).forEach(t -> map.put(t.key(), t.count()));
    return map;
  }
}
