package az.council.helpdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code handoff} table: hand-offs waiting for the cases feature. Rows are never lost: the cases feature
 * imports the ones with no {@code taken_over_at} and marks them.
 */
public final class HandOffRecords {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final Database database;
  private final ObjectMapper json = new ObjectMapper();

  public HandOffRecords(Database database) {
    this.database = database;
  }

  /** Records the hand-off once: a second call with the same {@code key} (a repeat after a crash) is ignored. */
  public void record(long key, HandOffRecord handOff) {
    String questions;
    try {
      questions = json.writeValueAsString(handOff.recentQuestions());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the recent questions", e);
    }
    database.write(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO handoff (user_id, chat_id, language,"
          + " reason, urgency, recent_questions, created_at, handoff_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, handOff.userId());
        insert.setLong(2, handOff.chatId());
        insert.setString(3, handOff.language());
        insert.setString(4, handOff.reason());
        insert.setString(5, handOff.urgency().orElse(null));
        insert.setString(6, questions);
        insert.setLong(7, handOff.createdAtMillis());
        insert.setLong(8, key);
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Hand-offs not yet taken over, oldest first. */
  public List<HandOffRecord> waiting() {
    return database.read(c -> {
      List<HandOffRecord> rows = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT user_id, chat_id, language, reason, urgency,"
          + " recent_questions, created_at FROM handoff WHERE taken_over_at IS NULL ORDER BY id");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          List<String> questions;
          try {
            questions = json.readValue(rs.getString(6), STRINGS);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt recent_questions in handoff", e);
          }
          rows.add(new HandOffRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              Optional.ofNullable(rs.getString(5)), questions, rs.getLong(7)));
        }
      }
      return rows;
    });
  }
}
