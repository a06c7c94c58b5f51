package az.council.helpdesk.cli;

import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.SqliteInquiryHistory;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.StatsService;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: the secretary's figures for a period (default: the month in progress). */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Persons and inquiries for a period: by citizenship, topic, language, source; cases and outcomes;"
        + " the questions the bot could not answer.",
    subcommands = {StatsExportCommand.class, StatsReportCommand.class, StatsImportCommand.class})
final class StatsCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin PeriodOptions period;
  @Mixin LanguageOption language;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Database database = data.openExisting()) {
      StatsService service = service(database, period);
      StatsReport report = service.report(period.resolve(Optional.of(service.currentMonth(Clock.systemUTC()))));
      PrintWriter out = spec.commandLine().getOut();
      out.print(service.text(report, language.language()));
      out.flush();
      return ExitCode.OK;
    }
  }

  static StatsService service(Database database, PeriodOptions period) {
    return service(database, period, ',');
  }

  static StatsService service(Database database, PeriodOptions period, char csvSeparator) {
    return new StatsService(new SqliteInquiryHistory(database), new Messages(), period.zone(), csvSeparator);
  }
}
