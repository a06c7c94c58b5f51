package az.council.helpdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The {@code blocked_chat} table: private chats whose user blocked the bot (Telegram answers 403 there). */
public final class BlockedChats {
  private final Database database;

  public BlockedChats(Database database) {
    this.database = database;
  }

  /** Records the block; returns whether the chat was not blocked before (so the caller logs once). */
  public boolean block(long chatId, String reason, long nowMillis) {
    return database.write(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO blocked_chat (chat_id, blocked_at,"
          + " reason) VALUES (?, ?, ?)")) {
        insert.setLong(1, chatId);
        insert.setLong(2, nowMillis);
        insert.setString(3, reason);
        return insert.executeUpdate() == 1;
      }
    });
  }

  /** The user wrote again or unblocked the bot; returns whether the chat was blocked. */
  public boolean unblock(long chatId) {
    return database.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM blocked_chat WHERE chat_id = ?")) {
        delete.setLong(1, chatId);
        return delete.executeUpdate() == 1;
      }
    });
  }

  /** Every blocked chat (loaded once at start-up). */
  public java.util.Set<Long> all() {
    return database.read(c -> {
      java.util.Set<Long> chats = new java.util.HashSet<>();
      try (PreparedStatement select = c.prepareStatement("SELECT chat_id FROM blocked_chat");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          chats.add(rs.getLong(1));
        }
      }
      return chats;
    });
  }

  public boolean isBlocked(long chatId) {
    return database.read(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM blocked_chat WHERE chat_id = ?")) {
        select.setLong(1, chatId);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next();
        }
      }
    });
  }
}
