package az.council.helpdesk.stats.export;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.StatsLabels;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A report laid out as sections of rows (stable key, name in the reader's language, count), the common ground
 * of the CSV and XLSX files.
 *
 * @param sections the summary first, then one section per breakdown
 * @param headers the column titles of a breakdown (key, name, count) in the reader's language
 * @param totalName what a total row is called in the reader's language
 */
public record StatsTable(StatsReport report, Language language, List<Section> sections, List<String> headers,
    String totalName) {

  /** One breakdown; {@code total} says whether a total row makes sense (it does not for the summary). */
  public record Section(String id, String title, List<Row> rows, boolean total) {
    public long sum() {
      return rows.stream().mapToLong(row -> row.value().orElse(0)).sum();
    }
  }

  /**
   * One line of a section; the value is empty when there is nothing to count (no replied case) and for the
   * summary's period line, whose name is the dates.
   */
  public record Row(String key, String name, OptionalLong value) {
    static Row of(String key, String name, long value) {
      return new Row(key, name, OptionalLong.of(value));
    }
  }

  public static StatsTable of(StatsReport report, StatsLabels labels, Language language) {
    Messages m = labels.messages();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("summary", m.get(language, "stats.sheet.summary"), summary(report, m, language), false));
    sections.add(breakdown("citizenship", m, language, report.citizenship(), c -> c.code(),
        c -> labels.citizenship(c, language), List.of()));
    sections.add(breakdown("topics", m, language, report.topics(), t -> t.id(), t -> labels.topic(t, language),
        List.of(Row.of("none", m.get(language, "stats.text.outOfScope"), report.outOfScope()))));
    int withoutLanguage = report.inquiries() - report.languages().stream().mapToInt(Tally::count).sum();
    sections.add(breakdown("languages", m, language, report.languages(), l -> l.tag(), l -> labels.language(l, language),
        List.of(Row.of("none", m.get(language, "stats.language.none"), withoutLanguage))));
    sections.add(breakdown("sources", m, language, report.sources(), s -> s.id(), s -> labels.source(s, language),
        List.of()));
    sections.add(breakdown("outcomes", m, language, report.cases().outcomes(), o -> o.id(),
        o -> labels.outcome(o, language), List.of(Row.of("open", m.get(language, "stats.outcome.open"), report.cases().open()))));
    sections.add(breakdown("unanswered", m, language, report.feedback().unansweredQuestions(), q -> "", q -> q, List.of()));
    sections.add(breakdown("not-helpful", m, language, report.feedback().notHelpfulEntries(), e -> e, e -> e, List.of()));
    List<String> headers = List.of(m.get(language, "stats.column.key"), m.get(language, "stats.column.name"),
        m.get(language, "stats.column.count"));
    return new StatsTable(report, language, List.copyOf(sections), headers, m.get(language, "stats.total"));
  }

  private static List<Row> summary(StatsReport report, Messages m, Language language) {
    StatsReport.Cases cases = report.cases();
    StatsReport.Feedback feedback = report.feedback();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("period", report.period().from() + " – " + report.period().to(), OptionalLong.empty()));
    rows.add(Row.of("persons", m.get(language, "stats.summary.persons"), report.persons()));
    rows.add(Row.of("inquiries", m.get(language, "stats.summary.inquiries"), report.inquiries()));
    rows.add(Row.of("foreigners", m.get(language, "stats.summary.foreigners"), report.foreigners()));
    rows.add(Row.of("azerbaijanis", m.get(language, "stats.summary.azerbaijanis"), report.azerbaijanis()));
    rows.add(Row.of("escalated", m.get(language, "stats.summary.escalated"), cases.escalated()));
    rows.add(Row.of("cases", m.get(language, "stats.summary.cases"), cases.cases()));
    rows.add(Row.of("open", m.get(language, "stats.summary.open"), cases.open()));
    rows.add(new Row("median-first-reply-minutes", m.get(language, "stats.summary.medianMinutes"),
        cases.medianFirstReply().map(d -> OptionalLong.of(d.plusSeconds(30).toMinutes())).orElse(OptionalLong.empty())));
    rows.add(Row.of("helpful", m.get(language, "stats.summary.helpful"), feedback.helpful()));
    rows.add(Row.of("not-helpful", m.get(language, "stats.summary.notHelpful"), feedback.notHelpful()));
    rows.add(Row.of("unanswered", m.get(language, "stats.summary.unanswered"), feedback.unanswered()));
    return List.copyOf(rows);
  }

  private static <K> Section breakdown(String id, Messages m, Language language, List<Tally<K>> tallies,
      Function<K, String> key, Function<K, String> name, List<Row> extra) {
    List<Row> rows = new ArrayList<>();
    for (Tally<K> tally : tallies) {
      rows.add(Row.of(key.apply(tally.key()), name.apply(tally.key()), tally.count()));
    }
    extra.stream().filter(row -> row.value().orElse(0) > 0).forEach(rows::add);
    return new Section(id, m.get(language, "stats.sheet." + id), List.copyOf(rows), true);
  }
}
