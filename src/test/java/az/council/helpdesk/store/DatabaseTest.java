package az.council.helpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatabaseTest {
  @TempDir Path dir;

  @Test
  void open_createsTheFileInWalModeAndRecordsEveryMigration() {
    try (Database db = Database.open(dir.resolve("data"))) {
      assertThat(db.file()).exists();
      String mode = db.read(c -> {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(mode).isEqualToIgnoringCase("wal");
      int applied = db.read(c -> {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      assertThat(applied).isEqualTo(Migrations.index().size());
    }
  }

  @Test
  void reopen_appliesNothingTwice() {
    Database.open(dir).close();
    try (Database db = Database.open(dir)) {
      int rows = db.read(c -> {
        try (var s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COUNT(*) - COUNT(DISTINCT version) FROM schema_version")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      assertThat(rows).isZero();
    }
  }

  @Test
  void write_rollsBackOnFailure() {
    try (Database db = Database.open(dir)) {
      db.write(c -> {
        try (var s = c.createStatement()) {
          s.execute("CREATE TABLE t (x INTEGER)");
        }
        return null;
      });
      assertThatThrownBy(() -> db.write(c -> {
        try (var s = c.createStatement()) {
          s.execute("INSERT INTO t VALUES (1)");
          s.execute("INSERT INTO no_such_table VALUES (1)");
        }
        return null;
      })).isInstanceOf(StoreException.class);
      int count = db.read(c -> {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      assertThat(count).isZero();
    }
  }
}
