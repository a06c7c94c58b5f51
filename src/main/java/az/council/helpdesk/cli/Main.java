package az.council.helpdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one picocli command with a sub-command per task. */
@Command(
    name = "migrant-helpdesk",
    mixinStandardHelpOptions = true,
    version = "migrant-helpdesk 0.1.0",
    description = "Telegram helpdesk of the Public Council under the State Migration Service of Azerbaijan.",
    subcommands = {RunCommand.class, ChatCommand.class, AskCommand.class, FaqCommand.class, StatsCommand.class,
        PurgeCommand.class, BackupCommand.class, RestoreCommand.class, EvalCommand.class, BenchCommand.class,
        HealthCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given writers; tests call this instead of {@link #main}. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, CommandLine.defaultFactory());
  }

  /** As {@link #execute(String[], PrintWriter, PrintWriter)}, creating sub-commands with {@code factory} (tests). */
  static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(new Main(), factory);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UserFacingException user) {
        commandLine.getErr().println(user.getMessage());
        return user.exitCode();
      }
      commandLine.getErr().println("error: " + ex);
      return ExitCode.PROBLEMS;
    });
    return cli.execute(args);
  }
}
