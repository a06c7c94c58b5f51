package az.council.helpdesk.cli;

import az.council.helpdesk.bench.DeliveryBenchmark;
import az.council.helpdesk.bench.SearchBenchmark;
import az.council.helpdesk.bench.StartupBenchmark;
import az.council.helpdesk.eval.EvalQuestion;
import az.council.helpdesk.eval.EvalSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the benchmarks whose figures the README reports. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (figures in the README).",
    subcommands = {BenchCommand.Search.class, BenchCommand.Startup.class, BenchCommand.EndToEnd.class,
        BenchCommand.Burst.class})
final class BenchCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "p50/p99 latency of one question through the full triage vs plain BM25, real and synthetic FAQ.")
  static final class Search implements Callable<Integer> {
    @Mixin FaqOption faq;

    @Option(names = "--questions", defaultValue = "src/test/resources/eval/questions.jsonl",
        description = "Questions to time (default: ${DEFAULT-VALUE})")
    Path questions;

    @Option(names = "--large", defaultValue = "100000", description = "Size of the synthetic FAQ (default: ${DEFAULT-VALUE}; 0 skips it)")
    int large;

    @Option(names = "--rounds", defaultValue = "10", description = "Timed passes over the questions (default: ${DEFAULT-VALUE})")
    int rounds;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<String> texts = EvalSet.read(questions).stream().map(EvalQuestion::text).toList();
      new SearchBenchmark(spec.commandLine().getOut()).run(faq.catalog(), texts, large, rounds);
      return ExitCode.OK;
    }
  }

  @Command(name = "startup", mixinStandardHelpOptions = true,
      description = "The real run process against a rate-limited fake Bot API: time to first answer, a burst, memory.")
  static final class Startup implements Callable<Integer> {
    @Mixin FaqOption faq;

    @Option(names = "--users", defaultValue = "1000", description = "Users in the burst, one question each (default: ${DEFAULT-VALUE})")
    int users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      new StartupBenchmark(spec.commandLine().getOut()).run(faq.folder(), users);
      return ExitCode.OK;
    }
  }

  @Command(name = "e2e", mixinStandardHelpOptions = true,
      description = "The real Telegram adapter against the in-process fake Bot API, no rate limit, SQLite on disk:"
          + " updates/s and p50/p99 from an update queued to its sendMessage, all at once and then at a steady rate"
          + " (echo answers, not the triage).")
  static final class EndToEnd implements Callable<Integer> {
    @Option(names = "--updates", defaultValue = "20000", description = "Questions to answer (default: ${DEFAULT-VALUE})")
    int updates;

    @Option(names = "--users", defaultValue = "100", description = "Users asking them (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--paced", defaultValue = "2000",
        description = "Updates sent afterwards at a steady --rate, for latency without a queue (default: ${DEFAULT-VALUE})")
    int paced;

    @Option(names = "--rate", defaultValue = "200", description = "Updates per second of the paced part (default: ${DEFAULT-VALUE})")
    int rate;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (updates < 1 || users < 1 || paced < 0 || rate < 1) {
        throw new UserFacingException(ExitCode.USAGE, "--updates, --users and --rate must be at least 1, --paced at least 0.");
      }
      new DeliveryBenchmark(spec.commandLine().getOut()).endToEnd(updates, users, paced, rate);
      return ExitCode.OK;
    }
  }

  @Command(name = "burst", mixinStandardHelpOptions = true,
      description = "N users ask one question each at once; the fake Bot API enforces Telegram's limits (30 msg/s,"
          + " 1 msg/s per chat, 429 beyond): total time vs what 30 msg/s allows, 429s received.")
  static final class Burst implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "1000", description = "Users in the burst (default: ${DEFAULT-VALUE})")
    int users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (users < 1) {
        throw new UserFacingException(ExitCode.USAGE, "--users must be at least 1.");
      }
      new DeliveryBenchmark(spec.commandLine().getOut()).burst(users);
      return ExitCode.OK;
    }
  }
}
