package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.export.CsvParser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the secretary's CSV of consultations given in person or by phone: a header row naming the columns
 * {@code date, citizenship, topic, outcome} (any order, any case; topic and outcome may be left empty), then
 * one consultation per row. Dates as 2022-05-31 or 31.05.2022; citizenship as a code (UA) or a country name in
 * az/ru/en; topic and outcome as ids or their names in az/ru/en. Every problem is reported with its line.
 */
public final class OfflineCsv {
  private static final List<String> COLUMNS = List.of("date", "citizenship", "topic", "outcome");
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final CitizenshipNames citizenships;
  private final Map<String, Topic> topics = new HashMap<>();
  private final Map<String, Outcome> outcomes = new HashMap<>();
  private final ZoneId zone;

  public OfflineCsv(StatsLabels labels, ZoneId zone) {
    this.citizenships = new CitizenshipNames(labels);
    this.zone = zone;
    for (Topic topic : Topic.values()) {
      topics.put(topic.id(), topic);
      for (Language language : Language.values()) {
        topics.put(CitizenshipNames.key(labels.topic(topic, language)), topic);
      }
    }
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome.id(), outcome);
      for (Language language : Language.values()) {
        outcomes.put(CitizenshipNames.key(labels.outcome(outcome, language)), outcome);
      }
    }
  }

  /** The consultations read, or the problems found (then nothing should be imported). */
  public sealed interface Result {
    record Read(List<OfflineConsultation> consultations) implements Result {}

    record Problems(List<String> problems) implements Result {}
  }

  public Result read(String csv) {
    List<CsvParser.CsvRow> rows;
    try {
      rows = new CsvParser().parse(csv);
    } catch (IllegalArgumentException e) {
      return new Result.Problems(List.of(e.getMessage()));
    }
    if (rows.isEmpty()) {
      return new Result.Problems(List.of("the file is empty; expected a header row: date,citizenship,topic,outcome"));
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> header = rows.getFirst().cells();
    for (int i = 0; i < header.size(); i++) {
      column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = COLUMNS.subList(0, 2).stream().filter(c -> !column.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      return new Result.Problems(List.of("line 1: the header lacks " + String.join(", ", missing)
          + "; expected the columns date,citizenship,topic,outcome"));
    }
    List<OfflineConsultation> consultations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (CsvParser.CsvRow row : rows.subList(1, rows.size())) {
      try {
        consultations.add(consultation(row, column));
      } catch (IllegalArgumentException e) {
        problems.add("line " + row.line() + ": " + e.getMessage());
      }
    }
    return problems.isEmpty() ? new Result.Read(List.copyOf(consultations)) : new Result.Problems(List.copyOf(problems));
  }

  private OfflineConsultation consultation(CsvParser.CsvRow row, Map<String, Integer> column) {
    String date = cell(row, column, "date");
    String citizenship = cell(row, column, "citizenship");
    String topic = cell(row, column, "topic");
    String outcome = cell(row, column, "outcome");
    return new OfflineConsultation(
        date(date).atStartOfDay(zone).toInstant(),
        citizenships.resolve(citizenship).orElseThrow(() -> new IllegalArgumentException(
            "unknown citizenship '" + citizenship + "' (a code such as UA, a country name, or stateless, unknown,"
                + " azerbaijani-abroad)")),
        optional(topic, topics, "topic"),
        optional(outcome, outcomes, "outcome"));
  }

  private static String cell(CsvParser.CsvRow row, Map<String, Integer> column, String name) {
    Integer index = column.get(name);
    return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
  }

  private static LocalDate date(String text) {
    try {
      return text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (write 2022-05-31 or 31.05.2022)", e);
    }
  }

  private static <T> Optional<T> optional(String text, Map<String, T> known, String what) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    T value = known.get(CitizenshipNames.key(text));
    if (value == null) {
      throw new IllegalArgumentException("unknown " + what + " '" + text + "'");
    }
    return Optional.of(value);
  }
}
