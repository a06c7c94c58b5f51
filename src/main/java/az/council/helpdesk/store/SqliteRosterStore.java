package az.council.helpdesk.store;

import static az.council.helpdesk.store.CaseRows.update;

import az.council.helpdesk.cases.Member;
import az.council.helpdesk.cases.Role;
import az.council.helpdesk.cases.RosterStore;
import az.council.helpdesk.i18n.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link RosterStore} over SQLite: members, their languages and working groups. */
public final class SqliteRosterStore implements RosterStore {
  private final Database db;

  public SqliteRosterStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Member> find(long userId) {
    return db.read(c -> members(c, "WHERE user_id = ?", userId).stream().findFirst());
  }

  @Override
  public Optional<Member> findByUsername(String username) {
    String bare = username.strip().replaceFirst("^@", "");
    return db.read(c -> members(c, "WHERE username = ? COLLATE NOCASE", bare).stream().findFirst());
  }

  @Override
  public List<Member> all() {
    return db.read(c -> members(c, "ORDER BY name COLLATE NOCASE, user_id"));
  }

  @Override
  public void put(long userId, String name, Optional<String> username, Role role, Instant at) {
    db.write(c -> update(c, "INSERT INTO members (user_id, name, username, role, added_at) VALUES (?, ?, ?, ?, ?)"
        + " ON CONFLICT (user_id) DO UPDATE SET role = excluded.role,"
        + " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE members.name END,"
        + " username = COALESCE(excluded.username, members.username)", userId, name, username, role.id(), at));
  }

  @Override
  public boolean remove(long userId) {
    return db.write(c -> update(c, "DELETE FROM members WHERE user_id = ?", userId)) > 0;
  }

  @Override
  public void refresh(long userId, String name, Optional<String> username) {
    db.write(c -> update(c, "UPDATE members SET name = ?, username = ? WHERE user_id = ?"
        + " AND (name IS NOT ? OR username IS NOT ?)", name, username, userId, name, username));
  }

  @Override
  public void languages(long userId, Set<Language> languages) {
    db.write(c -> {
      update(c, "DELETE FROM member_languages WHERE user_id = ?", userId);
      for (Language language : languages) {
        update(c, "INSERT INTO member_languages (user_id, language) VALUES (?, ?)", userId, language);
      }
      return null;
    });
  }

  @Override
  public void subscribe(long userId, String groupId, boolean on) {
    db.write(c -> on
        ? update(c, "INSERT OR IGNORE INTO member_groups (user_id, group_id) VALUES (?, ?)", userId, groupId)
        : update(c, "DELETE FROM member_groups WHERE user_id = ? AND group_id = ?", userId, groupId));
  }

  @Override
  public void lead(long userId, String groupId) {
    db.write(c -> update(c, "INSERT INTO member_groups (user_id, group_id, lead) VALUES (?, ?, 1)"
        + " ON CONFLICT (user_id, group_id) DO UPDATE SET lead = 1", userId, groupId));
  }

  private static List<Member> members(Connection c, String where, Object... args) throws SQLException {
    List<Member> members = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT user_id, name, username, role FROM members " + where)) {
      CaseRows.bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("user_id");
          members.add(new Member(id, rs.getString("name"), CaseRows.text(rs, "username"),
              Role.fromId(rs.getString("role")).orElseThrow(), languages(c, id), groups(c, id, false),
              groups(c, id, true)));
        }
      }
    }
    return members;
  }

  private static Set<Language> languages(Connection c, long userId) throws SQLException {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    try (PreparedStatement s = c.prepareStatement("SELECT language FROM member_languages WHERE user_id = ?")) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Language.fromTag(rs.getString(1)).ifPresent(languages::add);
        }
      }
    }
    return languages;
  }

  private static Set<String> groups(Connection c, long userId, boolean leadsOnly) throws SQLException {
    Set<String> groups = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT group_id FROM member_groups WHERE user_id = ?"
        + (leadsOnly ? " AND lead = 1" : ""))) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          groups.add(rs.getString(1));
        }
      }
    }
    return groups;
  }
}
