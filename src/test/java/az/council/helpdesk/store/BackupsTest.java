package az.council.helpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BackupsTest {
  @TempDir Path dir;

  private static void insert(Database db, int value) {
    db.write(c -> {
      try (var s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)");
        s.execute("INSERT INTO t VALUES (" + value + ")");
      }
      return null;
    });
  }

  private static int sum(Database db) {
    return db.read(c -> {
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(x), 0) FROM t")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  @Test
  void backupWhileOpen_thenRestore_bringsBackTheDataAsItWas() {
    Path data = dir.resolve("data");
    Path copy = dir.resolve("backups/helpdesk-1.db");
    try (Database db = Database.open(data)) {
      insert(db, 1);
      Backups.backup(db, copy);
      insert(db, 41); // after the backup: must disappear on restore
      assertThat(sum(db)).isEqualTo(42);
    }
    Backups.restore(copy, data);
    try (Database db = Database.open(data)) {
      assertThat(sum(db)).isEqualTo(1);
    }
    assertThat(data.resolve("helpdesk.db.before-restore")).exists();
  }

  @Test
  void backup_refusesToOverwrite() throws Exception {
    Path existing = Files.writeString(dir.resolve("x.db"), "keep me");
    try (Database db = Database.open(dir.resolve("data"))) {
      assertThatThrownBy(() -> Backups.backup(db, existing)).hasMessageContaining("already exists");
    }
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void restore_refusesAFileThatIsNotAHelpdeskDatabase() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.db"), "not sqlite at all");
    assertThatThrownBy(() -> Backups.restore(junk, dir.resolve("data"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("data/helpdesk.db")).doesNotExist();
  }

  @Test
  void commands_backupAndRestoreThroughTheCli() {
    Path data = dir.resolve("data");
    try (Database db = Database.open(data)) {
      insert(db, 7);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path copy = dir.resolve("copy.db");
    assertThat(Main.execute(new String[] {"backup", "--data", data.toString(), "--to", copy.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
    assertThat(copy).exists();
    assertThat(Main.execute(new String[] {"restore", "--data", dir.resolve("other").toString(), "--from", copy.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
    try (Database db = Database.open(dir.resolve("other"))) {
      assertThat(sum(db)).isEqualTo(7);
    }
    assertThat(Main.execute(new String[] {"backup", "--data", dir.resolve("missing").toString(), "--to",
        dir.resolve("c2.db").toString()}, new PrintWriter(out, true), new PrintWriter(err, true))).isEqualTo(3);
  }
}
