package az.council.helpdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/migration/V001__name.sql} … on the classpath, listed in {@code
 * db/migration/index.txt} (a jar cannot be listed portably), applied once each, in order, each in its own
 * transaction, and recorded in {@code schema_version}. A hand-written runner rather than Flyway: it is forty
 * lines, adds nothing to start-up time, and SQLite needs none of Flyway's features.
 */
final class Migrations {
  static final String FOLDER = "/db/migration/";
  private final Database database;

  Migrations(Database database) {
    this.database = database;
  }

  void apply() {
    database.write(c -> {
      try (var s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            + " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
      }
      return null;
    });
    int current = database.read(c -> {
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    });
    for (String name : index()) {
      int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
      if (version <= current) {
        continue;
      }
      String sql = resource(name);
      database.write(c -> {
        for (String statement : sql.split(";\\s*(\\r?\\n|$)")) {
          if (!statement.isBlank()) {
            try (var s = c.createStatement()) {
              s.execute(statement);
            }
          }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO schema_version(version, name) VALUES (?, ?)")) {
          insert.setInt(1, version);
          insert.setString(2, name);
          insert.executeUpdate();
        }
        return null;
      });
    }
  }

  static List<String> index() {
    List<String> names = new ArrayList<>();
    for (String line : resource("index.txt").split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }
}
