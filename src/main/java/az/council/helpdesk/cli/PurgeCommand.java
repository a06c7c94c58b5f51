package az.council.helpdesk.cli;

import az.council.helpdesk.retention.Retention;
import az.council.helpdesk.store.SqliteCaseStore;
import az.council.helpdesk.retention.TextRetention;
import az.council.helpdesk.stats.SqliteQuestionTexts;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code purge}: deletes message texts older than the retention window now (the bot also does it daily). */
@Command(name = "purge", mixinStandardHelpOptions = true,
    description = "Delete the texts people wrote (unanswered questions, case messages) older than the retention"
        + " window. Counts and pseudonymous log rows stay.")
final class PurgeCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Spec CommandSpec spec;

  @Option(names = "--older-than-days", paramLabel = "N", defaultValue = "${env:HELPDESK_RETENTION_DAYS:-180}",
      description = "Retention window in days (default: ${DEFAULT-VALUE}; env HELPDESK_RETENTION_DAYS)")
  int days;

  @Override
  public Integer call() {
    if (days < 0) {
      throw new ParameterException(spec.commandLine(), "--older-than-days cannot be negative");
    }
    try (Database database = data.openExisting()) {
      List<Retention.Purged> purged =
          new Retention(holders(database), Duration.ofDays(days), Clock.systemUTC()).purge();
      PrintWriter out = spec.commandLine().getOut();
      purged.forEach(p -> out.printf("Deleted %d %s older than %d days.%n", p.count(), p.what(), days));
      out.flush();
      return ExitCode.OK;
    }
  }

  /** Everything that keeps texts people wrote; the cases feature adds its {@link TextRetention} here. */
  static List<TextRetention> holders(Database database) {
    return List.of(new SqliteQuestionTexts(database), new CaseTexts(new SqliteCaseStore(database)));
  }
}
