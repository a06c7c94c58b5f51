package az.council.helpdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code outbox} table: what waits to be delivered to Telegram. Rows are inserted with the update that
 * produced them ({@link UpdateInbox#complete}) or on their own ({@link #enqueue}); the sender deletes a row
 * once Telegram accepted it, so what a crash leaves here is exactly what still has to go out.
 */
public final class Outbox {
  private final Database database;

  public Outbox(Database database) {
    this.database = database;
  }

  /** Queues rows that belong to no update (notices the bot sends on its own). */
  public List<OutboxEntry> enqueue(List<OutboxEntry.New> rows, long nowMillis) {
    return database.write(c -> insert(c, rows, null, nowMillis));
  }

  static List<OutboxEntry> insert(Connection c, List<OutboxEntry.New> rows, Long updateId, long now)
      throws SQLException {
    List<OutboxEntry> inserted = new ArrayList<>(rows.size());
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (chat_id, kind, payload, update_id,"
        + " not_before, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      for (OutboxEntry.New row : rows) {
        insert.setLong(1, row.chatId());
        insert.setString(2, row.kind());
        insert.setString(3, row.payload());
        if (updateId == null) {
          insert.setNull(4, java.sql.Types.INTEGER);
        } else {
          insert.setLong(4, updateId);
        }
        insert.setLong(5, now);
        insert.setLong(6, now);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          inserted.add(new OutboxEntry(keys.getLong(1), row.chatId(), row.kind(), row.payload(), 0, now, now));
        }
      }
    }
    return inserted;
  }

  /** Every pending row in delivery order (what a restart resends). */
  public List<OutboxEntry> pending() {
    return database.read(c -> {
      List<OutboxEntry> rows = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT id, chat_id, kind, payload, attempts, not_before,"
          + " created_at FROM outbox WHERE status = 'pending' ORDER BY id");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new OutboxEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
              rs.getLong(6), rs.getLong(7)));
        }
      }
      return rows;
    });
  }

  /** Telegram accepted the row: it is removed. */
  public void delivered(long id) {
    database.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
      return null;
    });
  }

  /** A transient failure: try again not before {@code notBeforeMillis}. */
  public void retryLater(long id, int attempts, long notBeforeMillis, String error) {
    database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET attempts = ?, not_before = ?,"
          + " last_error = ? WHERE id = ? AND status = 'pending'")) {
        update.setInt(1, attempts);
        update.setLong(2, notBeforeMillis);
        update.setString(3, error);
        update.setLong(4, id);
        update.executeUpdate();
      }
      return null;
    });
  }

  /** Telegram refused the row for good (400); it stays as 'failed' for inspection. */
  public void failed(long id, String error) {
    setStatus(id, "failed", error);
  }

  /**
   * Marks every pending message of the chat 'dropped' (the user blocked the bot); returns how many. Hand-offs
   * are kept: a member should still learn that someone asked for help, even if they blocked the bot since.
   */
  public int dropChat(long chatId, String reason) {
    return database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET status = 'dropped', last_error = ?"
          + " WHERE chat_id = ? AND status = 'pending' AND kind <> 'handoff'")) {
        update.setString(1, reason);
        update.setLong(2, chatId);
        return update.executeUpdate();
      }
    });
  }

  private void setStatus(long id, String status, String error) {
    database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?")) {
        update.setString(1, status);
        update.setString(2, error);
        update.setLong(3, id);
        update.executeUpdate();
      }
      return null;
    });
  }

  /** How many rows wait to be delivered. */
  public int depth() {
    return count("pending");
  }

  /** The number of rows with {@code status} ('pending', 'failed' or 'dropped'). */
  public int count(String status) {
    return database.read(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE status = ?")) {
        select.setString(1, status);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    });
  }

  /** Deletes failed and dropped rows created before {@code beforeMillis} (they hold message text). */
  public int prune(long beforeMillis) {
    return database.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE status <> 'pending'"
          + " AND created_at < ?")) {
        delete.setLong(1, beforeMillis);
        return delete.executeUpdate();
      }
    });
  }
}
