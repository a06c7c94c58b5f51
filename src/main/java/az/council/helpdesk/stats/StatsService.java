package az.council.helpdesk.stats;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.export.ChartExport;
import az.council.helpdesk.stats.export.CsvExport;
import az.council.helpdesk.stats.export.ExportFormat;
import az.council.helpdesk.stats.export.StatsTable;
import az.council.helpdesk.stats.export.XlsxExport;
import az.council.helpdesk.stats.report.ReportParagraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the secretary asks of the statistics, for the command line and for Telegram ({@code /stats},
 * {@code /export}): the figures of a period, as text, as the annual report's paragraph, or as files.
 */
public final class StatsService {
  /** The Council works in Baku: a day, a month, a year start at midnight there. */
  public static final ZoneId BAKU = ZoneId.of("Asia/Baku");

  private final InquiryHistory history;
  private final StatsLabels labels;
  private final ZoneId zone;
  private final char csvSeparator;
  private final StatsCalculator calculator = new StatsCalculator();

  /** @param csvSeparator {@code ,} or {@code ;} (Excel with a comma decimal mark expects {@code ;}) */
  public StatsService(InquiryHistory history, Messages messages, ZoneId zone, char csvSeparator) {
    this.history = history;
    this.labels = new StatsLabels(messages);
    this.zone = zone;
    this.csvSeparator = csvSeparator;
  }

  public StatsService(InquiryHistory history, Messages messages) {
    this(history, messages, BAKU, ',');
  }

  /** The figures for a period. */
  public StatsReport report(StatsPeriod period) {
    return calculator.compute(period, history.between(period.start(zone), period.end(zone)));
  }

  /** The month in progress, the default period of {@code stats} and {@code /stats}. */
  public StatsPeriod currentMonth(Clock clock) {
    return StatsPeriod.month(YearMonth.from(LocalDate.now(clock.withZone(zone))));
  }

  /** The figures as a short text (a Telegram message or the terminal). */
  public String text(StatsReport report, Language language) {
    return new StatsText(labels).render(report, language);
  }

  /** The annual report's paragraph, naming the six leading countries as the 2022 report did. */
  public String paragraph(StatsReport report, Language language) {
    return paragraph(report, language, ReportParagraph.DEFAULT_COUNTRIES);
  }

  public String paragraph(StatsReport report, Language language, int countries) {
    return new ReportParagraph(labels, countries).write(report, language);
  }

  /**
   * Writes the report in one format and returns the files written. For CSV and XLSX {@code out} is the file (or
   * an existing directory, which then gets {@code stats-<period>.csv}); for PNG it is the directory that gets
   * {@code stats-<period>-citizenship.png} and {@code -topics.png}.
   */
  public List<Path> export(StatsReport report, ExportFormat format, Language language, Path out) {
    try {
      StatsTable table = StatsTable.of(report, labels, language);
      return switch (format) {
        case CSV -> {
          Path file = file(out, report, format);
          new CsvExport(csvSeparator).write(table, file);
          yield List.of(file);
        }
        case XLSX -> {
          Path file = file(out, report, format);
          new XlsxExport().write(table, file);
          yield List.of(file);
        }
        case PNG -> new ChartExport(labels).write(report, language, out, fileStem(report.period()));
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + format.extension() + " export to " + out, e);
    }
  }

  /** Every format into {@code directory} (what {@code /export} sends): CSV, XLSX and the two charts. */
  public List<Path> exportAll(StatsReport report, Language language, Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    List<Path> files = new ArrayList<>();
    for (ExportFormat format : ExportFormat.values()) {
      files.addAll(export(report, format, language, directory));
    }
    return List.copyOf(files);
  }

  /** {@code stats-2022}, {@code stats-2022-Q3}, {@code stats-2022-01-05_2022-02-10}. */
  public static String fileStem(StatsPeriod period) {
    return "stats-" + period.label().replace(" – ", "_");
  }

  private static Path file(Path out, StatsReport report, ExportFormat format) throws IOException {
    if (Files.isDirectory(out)) {
      return out.resolve(fileStem(report.period()) + "." + format.extension());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return out;
  }
}
