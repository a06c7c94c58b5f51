package az.council.helpdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code telegram_update} table: updates are stored before Telegram is told they arrived, each id once,
 * and handled at most once each: {@link #complete} marks an update done and queues its outgoing messages in
 * one transaction. A handled update keeps only its id and status; its text is erased then, so user messages
 * do not linger here.
 */
public final class UpdateInbox {
  private final Database database;

  public UpdateInbox(Database database) {
    this.database = database;
  }

  /** Stores a batch in one transaction; returns the updates that were new (a redelivered id is ignored). */
  public List<StoredUpdate> store(List<InboundUpdate> batch, long nowMillis) {
    return database.write(c -> {
      List<StoredUpdate> fresh = new ArrayList<>();
      try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO telegram_update"
          + " (update_id, chat_id, payload, status, received_at, done_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (InboundUpdate update : batch) {
          insert.setLong(1, update.updateId());
          insert.setLong(2, update.chatId());
          insert.setString(3, update.poison() ? "{}" : update.payload());
          insert.setString(4, update.poison() ? "skipped" : "pending");
          insert.setLong(5, nowMillis);
          if (update.poison()) {
            insert.setLong(6, nowMillis);
          } else {
            insert.setNull(6, java.sql.Types.INTEGER);
          }
          if (insert.executeUpdate() == 1 && !update.poison()) {
            fresh.add(new StoredUpdate(update.updateId(), update.chatId(), update.payload()));
          }
        }
      }
      return fresh;
    });
  }

  /** Updates not handled yet, oldest first (what a restart resumes). */
  public List<StoredUpdate> pending() {
    return database.read(c -> {
      List<StoredUpdate> updates = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT update_id, chat_id, payload FROM telegram_update"
          + " WHERE status = 'pending' ORDER BY update_id");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          updates.add(new StoredUpdate(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        }
      }
      return updates;
    });
  }

  /**
   * Marks the update handled and queues what it produced, atomically: either both happen or neither, so a
   * crash never answers an update twice or loses its answer. Returns the queued rows with their ids.
   */
  public List<OutboxEntry> complete(long updateId, List<OutboxEntry.New> outgoing, long nowMillis) {
    return database.write(c -> {
      finish(c, updateId, "done", null, nowMillis);
      return Outbox.insert(c, outgoing, updateId, nowMillis);
    });
  }

  /** Marks the update as failed (the handler threw); kept with the error class, never retried. */
  public void fail(long updateId, String error, long nowMillis) {
    database.write(c -> {
      finish(c, updateId, "failed", error, nowMillis);
      return null;
    });
  }

  private static void finish(Connection c, long updateId, String status, String error, long now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE telegram_update SET status = ?, payload = '{}',"
        + " done_at = ?, error = ? WHERE update_id = ? AND status = 'pending'")) {
      update.setString(1, status);
      update.setLong(2, now);
      update.setString(3, error);
      update.setLong(4, updateId);
      if (update.executeUpdate() != 1) {
        throw new SQLException("update " + updateId + " is not pending");
      }
    }
  }

  /** How many updates wait to be handled. */
  public int depth() {
    return database.read(c -> count(c, "SELECT COUNT(*) FROM telegram_update WHERE status = 'pending'"));
  }

  /** The number of rows by status, for tests and metrics. */
  public int count(String status) {
    return database.read(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM telegram_update WHERE status = ?")) {
        select.setString(1, status);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    });
  }

  /**
   * Deletes handled rows older than {@code beforeMillis}, except the newest id: Telegram never redelivers an
   * id below the last confirmed one, so old ids are no longer needed to recognise duplicates.
   */
  public int prune(long beforeMillis) {
    return database.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM telegram_update WHERE status <> 'pending'"
          + " AND done_at < ? AND update_id < (SELECT MAX(update_id) FROM telegram_update)")) {
        delete.setLong(1, beforeMillis);
        return delete.executeUpdate();
      }
    });
  }

  static int count(Connection c, String sql) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
