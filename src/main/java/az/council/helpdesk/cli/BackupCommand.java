package az.council.helpdesk.cli;

import az.council.helpdesk.store.Backups;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --to FILE}: a consistent copy of the database, safe while the bot runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Copy the database to FILE while the bot keeps running (SQLite VACUUM INTO).")
final class BackupCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to create")
  Path to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Database database = data.openExisting()) {
      Backups.backup(database, to);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(ExitCode.USAGE, e.getMessage());
    }
    spec.commandLine().getOut().println("Backed up to " + to.toAbsolutePath()
        + ". Keep " + data.directory().resolve("pseudonym.key") + " with it: without the key, returning people count as new.");
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
