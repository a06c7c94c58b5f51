package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A message in a chat as the fake holds it: its current Bot API {@code Message} JSON (edits are applied to it)
 * plus what the JSON cannot say. Guarded by the {@link State} lock; never handed out, only snapshots.
 */
final class StoredMessage {
  private final long chatId;
  private final int messageId;
  private final boolean fromBot;
  private final String kind;
  private ObjectNode json;
  private Optional<JsonNode> keyboard;
  private int editCount;
  private boolean deleted;

  StoredMessage(long chatId, int messageId, boolean fromBot, String kind, ObjectNode json, Optional<JsonNode> keyboard) {
    this.chatId = chatId;
    this.messageId = messageId;
    this.fromBot = fromBot;
    this.kind = kind;
    this.json = json;
    this.keyboard = keyboard;
  }

  int messageId() {
    return messageId;
  }

  boolean fromBot() {
    return fromBot;
  }

  String kind() {
    return kind;
  }

  boolean deleted() {
    return deleted;
  }

  /** The live JSON; callers inside the lock copy it before it leaves. */
  ObjectNode json() {
    return json;
  }

  Optional<JsonNode> keyboard() {
    return keyboard;
  }

  /** The text, or the caption of a media message. */
  String text() {
    JsonNode text = json.has("text") ? json.get("text") : json.get("caption");
    return text == null ? "" : text.asText();
  }

  void edit(ObjectNode newJson, Optional<JsonNode> newKeyboard) {
    this.json = newJson;
    this.keyboard = newKeyboard;
    this.editCount++;
  }

  void delete() {
    this.deleted = true;
  }

  ChatMessage snapshot() {
    Optional<Integer> thread = Optional.ofNullable(json.get("message_thread_id")).map(JsonNode::asInt);
    Instant date = Instant.ofEpochSecond(json.path("date").asLong());
    return new ChatMessage(chatId, messageId, fromBot, kind, text(), thread, keyboard.map(JsonNode::deepCopy),
        editCount, deleted, date, json.deepCopy());
  }
}
