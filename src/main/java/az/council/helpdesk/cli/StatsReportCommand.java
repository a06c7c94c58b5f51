package az.council.helpdesk.cli;

import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.StatsPeriod;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.stats.report.ReportParagraph;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats report}: the annual report's paragraph on consultations, ready to paste. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the annual report's paragraph on consultations (countries, total, topics, Azerbaijani"
        + " citizens abroad) in the style of the Council's 2022 report.")
final class StatsReportCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin LanguageOption language;
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The report's year, e.g. 2022")
  int year;

  @Option(names = "--countries", paramLabel = "N", defaultValue = "" + ReportParagraph.DEFAULT_COUNTRIES,
      description = "How many countries to name before \"other countries\" (default: ${DEFAULT-VALUE})")
  int countries;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Baku",
      description = "Time zone in which the year begins (default: ${DEFAULT-VALUE})")
  ZoneId zone;

  @Override
  public Integer call() {
    if (countries < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--countries must be at least 1");
    }
    try (Database database = data.openExisting()) {
      StatsService service = new StatsService(new SqliteInquiryHistory(database), new Messages(), zone, ',');
      String paragraph = service.paragraph(service.report(StatsPeriod.year(year)), language.language(), countries);
      PrintWriter out = spec.commandLine().getOut();
      out.println(paragraph);
      out.flush();
      return ExitCode.OK;
    }
  }
}
