package az.council.helpdesk.cli;

import az.council.helpdesk.store.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore --from FILE}: put a backup in place of the database (stop the bot first). */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Replace the database with a backup. Stop the bot first; the old file is kept as helpdesk.db.before-restore.")
final class RestoreCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "A file written by backup")
  Path from;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Backups.restore(from, data.directory());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(ExitCode.USAGE, e.getMessage());
    }
    spec.commandLine().getOut().println("Restored " + from + " into " + data.directory().toAbsolutePath() + ".");
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
