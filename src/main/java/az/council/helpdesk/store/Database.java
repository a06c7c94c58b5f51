package az.council.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database under the data directory. SQLite allows one writer at a time, so the whole process
 * shares one connection guarded by a lock ({@link #write}/{@link #read}); WAL mode lets readers (the
 * statistics) run while the bot writes. Keep transactions short: nothing slow (network!) inside them.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "helpdesk.db";

  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final Path file;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) {@code dataDir/helpdesk.db} and applies pending migrations. */
  public static Database open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    return openFile(dataDir.resolve(FILE_NAME));
  }

  public static Database openFile(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(5_000);
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      Database database = new Database(file, connection);
      new Migrations(database).apply();
      return database;
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Work that reads and writes; runs in one transaction, committed on success and rolled back on failure. */
  public <T> T write(SqlWork<T> work) {
    lock.lock();
    try {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed", e);
    } finally {
      lock.unlock();
    }
  }

  /** Work that only reads. */
  public <T> T read(SqlWork<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("database read failed", e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs plain statements (used by migrations and maintenance). */
  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Whether the database answers a trivial query now (for the health check). */
  public boolean ping() {
    try {
      return read(c -> {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT 1")) {
          return rs.next();
        }
      });
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!connection.isClosed()) {
        connection.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close the database", e);
    } finally {
      lock.unlock();
    }
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
