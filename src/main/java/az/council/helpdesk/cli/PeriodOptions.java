package az.council.helpdesk.cli;

import az.council.helpdesk.stats.StatsPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which days a statistic covers: {@code --period 2022|2022-Q3|2022-05}, or {@code --from} and {@code --to}. */
public final class PeriodOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--period", paramLabel = "PERIOD", description = "A year (2022), quarter (2022-Q3) or month (2022-05)")
  Optional<String> period;

  @Option(names = "--from", paramLabel = "DATE", description = "First day, e.g. 2022-01-01 (with --to)")
  Optional<LocalDate> from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day, included, e.g. 2022-12-31 (with --from)")
  Optional<LocalDate> to;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Baku",
      description = "Time zone in which days begin (default: ${DEFAULT-VALUE})")
  ZoneId zone;

  public ZoneId zone() {
    return zone;
  }

  /** The period asked for, or {@code fallback} when none was; bad combinations are usage errors. */
  StatsPeriod resolve(Optional<StatsPeriod> fallback) {
    if (period.isPresent() && (from.isPresent() || to.isPresent())) {
      throw usage("give either --period or --from and --to, not both");
    }
    if (period.isPresent()) {
      try {
        return StatsPeriod.parse(period.get());
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    if (from.isPresent() != to.isPresent()) {
      throw usage("--from and --to go together");
    }
    if (from.isPresent()) {
      if (to.get().isBefore(from.get())) {
        throw usage("--to " + to.get() + " is before --from " + from.get());
      }
      return StatsPeriod.between(from.get(), to.get());
    }
    return fallback.orElseThrow(() -> usage("which period? give --period or --from and --to"));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
