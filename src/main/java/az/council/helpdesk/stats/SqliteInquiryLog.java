package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The inquiry log over SQLite (tables of migration V002). Raw Telegram user ids are turned into pseudonyms on
 * the way in and never stored; the only text kept is that of unanswered questions, deleted after the retention
 * window by {@link SqliteQuestionTexts}.
 */
public final class SqliteInquiryLog implements InquiryLog {
  /** Longer questions are cut: the to-do list needs the gist, not a letter. */
  static final int MAX_QUESTION_CHARS = 500;

  private final Database database;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  public SqliteInquiryLog(Database database, Pseudonyms pseudonyms, Clock clock) {
    this.database = database;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  @Override
  public long record(Inquiry inquiry) {
    String ref = pseudonyms.of(inquiry.telegramUserId());
    String origin = inquiry.origin().map(pseudonyms::ofOrigin).orElse(null);
    return database.write(c -> {
      if (origin != null) {
        Optional<Long> logged = idByOrigin(c, origin);
        if (logged.isPresent()) {
          return logged.get(); // the same message handled again after a restart: already counted
        }
      }
      ensurePerson(c, ref, inquiry.at());
      long id;
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO inquiries(at, person_ref, language, topic,"
          + " entry_id, confident, escalated, source, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, inquiry.at().toEpochMilli());
        insert.setString(2, ref);
        insert.setString(3, inquiry.language().tag());
        insert.setString(4, inquiry.topic().map(Topic::id).orElse(null));
        insert.setString(5, inquiry.entryId().orElse(null));
        insert.setInt(6, inquiry.confident() ? 1 : 0);
        insert.setInt(7, inquiry.escalated() ? 1 : 0);
        insert.setString(8, inquiry.source().id());
        insert.setString(9, origin);
        insert.executeUpdate();
        id = generatedKey(insert);
      }
      Optional<String> text = inquiry.question().map(String::strip).filter(q -> !q.isEmpty());
      if (!inquiry.confident() && text.isPresent()) {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO question_texts(inquiry_id, text) VALUES (?, ?)")) {
          insert.setLong(1, id);
          insert.setString(2, cut(text.get()));
          insert.executeUpdate();
        }
      }
      return id;
    });
  }

  private static Optional<Long> idByOrigin(Connection c, String origin) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT id FROM inquiries WHERE origin = ?")) {
      select.setString(1, origin);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  @Override
  public boolean rate(long inquiryId, long telegramUserId, boolean helpful) {
    String ref = pseudonyms.of(telegramUserId);
    return database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE inquiries SET rating = ? WHERE id = ? AND person_ref = ?")) {
        update.setInt(1, helpful ? 1 : 0);
        update.setLong(2, inquiryId);
        update.setString(3, ref);
        return update.executeUpdate() == 1;
      }
    });
  }

  /** @throws IllegalArgumentException if {@code citizenship} is not an ISO code or a special value */
  @Override
  public void citizenship(long telegramUserId, String citizenship) {
    Citizenship parsed = Citizenship.parse(citizenship)
        .orElseThrow(() -> new IllegalArgumentException("not a citizenship: " + citizenship));
    String ref = pseudonyms.of(telegramUserId);
    database.write(c -> {
      try (PreparedStatement upsert = c.prepareStatement("INSERT INTO persons(ref, kind, citizenship, created_at)"
          + " VALUES (?, 'telegram', ?, ?) ON CONFLICT(ref) DO UPDATE SET citizenship = excluded.citizenship")) {
        upsert.setString(1, ref);
        upsert.setString(2, parsed.code());
        upsert.setLong(3, clock.millis());
        upsert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<String> citizenshipOf(long telegramUserId) {
    String ref = pseudonyms.of(telegramUserId);
    return database.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT citizenship FROM persons WHERE ref = ?")) {
        query.setString(1, ref);
        try (ResultSet rs = query.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Moves the person's rows to a fresh random reference (so they still count once, with their citizenship),
   * deletes the texts of their questions and the person row keyed by their pseudonym: nothing left can be
   * linked to the Telegram id, even with the key.
   */
  @Override
  public void forget(long telegramUserId) {
    String ref = pseudonyms.of(telegramUserId);
    String unlinked = pseudonyms.random();
    database.write(c -> {
      try (PreparedStatement copy = c.prepareStatement("INSERT INTO persons(ref, kind, citizenship, created_at)"
          + " SELECT ?, 'unlinked', citizenship, created_at FROM persons WHERE ref = ?"
          + " AND EXISTS (SELECT 1 FROM inquiries WHERE person_ref = ?)")) {
        copy.setString(1, unlinked);
        copy.setString(2, ref);
        copy.setString(3, ref);
        copy.executeUpdate();
      }
      update(c, "DELETE FROM question_texts WHERE inquiry_id IN (SELECT id FROM inquiries WHERE person_ref = ?)", ref);
      // The message keys go too: with the key and the user id, message ids could be guessed back to these rows.
      try (PreparedStatement move = c.prepareStatement(
          "UPDATE inquiries SET person_ref = ?, origin = NULL WHERE person_ref = ?")) {
        move.setString(1, unlinked);
        move.setString(2, ref);
        move.executeUpdate();
      }
      update(c, "DELETE FROM persons WHERE ref = ?", ref);
      return null;
    });
  }

  private static void ensurePerson(Connection c, String ref, Instant at) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT OR IGNORE INTO persons(ref, kind, citizenship, created_at) VALUES (?, 'telegram', NULL, ?)")) {
      insert.setString(1, ref);
      insert.setLong(2, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  static long generatedKey(PreparedStatement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }

  private static void update(Connection c, String sql, String ref) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, ref);
      statement.executeUpdate();
    }
  }

  private static String cut(String text) {
    if (text.length() <= MAX_QUESTION_CHARS) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(MAX_QUESTION_CHARS)) ? MAX_QUESTION_CHARS - 1 : MAX_QUESTION_CHARS;
    return text.substring(0, end) + "…";
  }
}
