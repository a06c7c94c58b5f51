package az.council.helpdesk.cli;

import az.council.helpdesk.faq.Booklet;
import az.council.helpdesk.faq.FaqChecker;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.FaqFolder;
import az.council.helpdesk.faq.FaqLoader;
import az.council.helpdesk.faq.FaqProblem;
import az.council.helpdesk.faq.Topic;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code faq check | stats | export}: tools for the people who keep the FAQ. */
@Command(name = "faq", mixinStandardHelpOptions = true, description = "Check, count and export the FAQ.",
    subcommands = {FaqCommand.Check.class, FaqCommand.Stats.class, FaqExportCommand.class})
final class FaqCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate every file; print file:line: problem for each; exit 1 if any.")
  static final class Check implements Callable<Integer> {
    @Mixin FaqOption faq;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      FaqFolder folder = FaqLoader.load(faq.folder());
      List<FaqProblem> problems = new FaqChecker(LocalDate.now(Clock.systemDefaultZone())).check(folder);
      PrintWriter out = spec.commandLine().getOut();
      problems.forEach(out::println);
      out.printf("%d entries, %d contacts, %d problem%s%n", folder.entries().size(), folder.contacts().size(),
          problems.size(), problems.size() == 1 ? "" : "s");
      out.flush();
      return problems.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Entries per topic, per booklet, per language, and how many need review.")
  static final class Stats implements Callable<Integer> {
    @Mixin FaqOption faq;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<FaqEntry> entries = FaqLoader.load(faq.folder()).plainEntries();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-22s %7s %12s%n", "topic", "entries", "needs review");
      for (Topic topic : Topic.values()) {
        List<FaqEntry> of = entries.stream().filter(e -> e.topic() == topic).toList();
        out.printf("%-22s %7d %12d%n", topic.id(), of.size(), of.stream().filter(FaqEntry::needsReview).count());
      }
      out.println();
      out.printf("%-22s %7s%n", "booklet", "entries");
      for (Booklet booklet : Booklet.values()) {
        out.printf("%-22s %7d%n", booklet.id(), entries.stream().filter(e -> e.booklet() == booklet).count());
      }
      out.println();
      out.printf("%-22s %7s%n", "language", "entries");
      for (var language : az.council.helpdesk.i18n.Language.values()) {
        out.printf("%-22s %7d%n", language.tag(), entries.stream().filter(e -> e.texts().containsKey(language)).count());
      }
      out.println();
      out.printf("total %d entries, %d need review%n", entries.size(), entries.stream().filter(FaqEntry::needsReview).count());
      out.flush();
      return ExitCode.OK;
    }
  }
}
