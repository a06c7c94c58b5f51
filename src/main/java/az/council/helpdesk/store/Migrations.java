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
    // Applied versions as a set, not a maximum: a feature branch's V003 merged after V004 still runs.
    java.util.Set<Integer> applied = database.read(c -> {
      java.util.Set<Integer> versions = new java.util.HashSet<>();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
        while (rs.next()) {
          versions.add(rs.getInt(1));
        }
      }
      return versions;
    });
    for (String name : index()) {
      int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
      if (applied.contains(version)) {
        continue;
      }
      String sql = withoutComments(resource(name));
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

  /** Drops {@code --} line comments, so a semicolon inside a comment cannot split a statement. */
  static String withoutComments(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    for (String line : sql.split("\\R")) {
      int comment = line.indexOf("--");
      out.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    return out.toString();
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
