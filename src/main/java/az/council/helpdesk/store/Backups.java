package az.council.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Online backup and offline restore of the database. {@code VACUUM INTO} writes a consistent, compacted copy
 * while the bot keeps running (SQLite takes a read transaction; writers in WAL mode are not blocked).
 * Restoring replaces the file and must happen while the bot is stopped.
 */
public final class Backups {
  private Backups() {}

  /** Writes a consistent copy of the open database to {@code target} (which must not exist). */
  public static void backup(Database database, Path target) {
    if (Files.exists(target)) {
      throw new IllegalArgumentException(target + " already exists; choose a new file name");
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    database.read(c -> {
      try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
        vacuum.setString(1, target.toAbsolutePath().toString());
        vacuum.execute();
      }
      return null;
    });
  }

  /**
   * Checks that {@code source} is an intact SQLite database of this application, then puts it in place of
   * {@code dataDir/helpdesk.db}, keeping the replaced file as {@code helpdesk.db.before-restore}.
   */
  public static void restore(Path source, Path dataDir) {
    verify(source);
    Path live = dataDir.resolve(Database.FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      if (Files.exists(live)) {
        Files.move(live, dataDir.resolve(Database.FILE_NAME + ".before-restore"), StandardCopyOption.REPLACE_EXISTING);
      }
      for (String suffix : new String[] {"-wal", "-shm"}) {
        Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + suffix));
      }
      Files.copy(source, live);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore " + source + " into " + dataDir, e);
    }
  }

  /** Throws with a sentence when the file is not an intact helpdesk database. */
  static void verify(Path source) {
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException(source + " is not a file");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        if (!rs.next() || !"ok".equals(rs.getString(1))) {
          throw new IllegalArgumentException(source + " failed SQLite's integrity check");
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
        rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException(source + " is not a helpdesk database: " + e.getMessage(), e);
    }
  }
}
