package az.council.helpdesk.cli;

import az.council.helpdesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command that reads or writes the bot's data directory. */
public final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:HELPDESK_DATA_DIR:-data}",
      description = "Data directory with helpdesk.db and pseudonym.key (default: ${DEFAULT-VALUE}; env HELPDESK_DATA_DIR)")
  Path directory;

  public Path directory() {
    return directory;
  }

  /** Opens the database, creating it if needed (commands that add data). */
  Database open() {
    return Database.open(directory);
  }

  /** Opens an existing database; a wrong directory is a configuration error, not an empty statistic. */
  Database openExisting() {
    Path file = directory.resolve(Database.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw UserFacingException.config("No database at " + file.toAbsolutePath()
          + ". Pass --data DIR or set HELPDESK_DATA_DIR to the bot's data directory.");
    }
    return Database.open(directory);
  }
}
