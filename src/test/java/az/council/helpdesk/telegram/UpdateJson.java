package az.council.helpdesk.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Bot API update JSON as Telegram sends it, for tests. */
final class UpdateJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final long BOT_ID = 999;

  private UpdateJson() {}

  static ObjectNode user(long id, String languageCode) {
    ObjectNode user = JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "U" + id);
    if (languageCode != null) {
      user.put("language_code", languageCode);
    }
    return user;
  }

  static ObjectNode chat(long id, String type) {
    ObjectNode chat = JSON.createObjectNode().put("id", id).put("type", type);
    if (!type.equals("private")) {
      chat.put("title", "Group " + id);
    }
    return chat;
  }

  static ObjectNode message(int messageId, long chatId, String chatType, long fromId) {
    ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", 1_764_000_000);
    message.set("from", user(fromId, "ru"));
    message.set("chat", chat(chatId, chatType));
    return message;
  }

  static ObjectNode update(int updateId, String field, ObjectNode payload) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    update.set(field, payload);
    return update;
  }

  static ObjectNode text(int updateId, long userId, String text) {
    return update(updateId, "message", message(updateId, userId, "private", userId).put("text", text));
  }

  static ObjectNode press(int updateId, long userId, int messageId, String data) {
    ObjectNode query = JSON.createObjectNode().put("id", "cbq-" + updateId).put("chat_instance", "ci").put("data", data);
    query.set("from", user(userId, "az"));
    query.set("message", message(messageId, userId, "private", BOT_ID).put("text", "menu"));
    return update(updateId, "callback_query", query);
  }

  static ObjectNode membership(int updateId, long chatId, String chatType, String newStatus) {
    ObjectNode change = JSON.createObjectNode().put("date", 1_764_000_000);
    change.set("chat", chat(chatId, chatType));
    change.set("from", user(chatId > 0 ? chatId : 5, null));
    change.set("old_chat_member", JSON.createObjectNode().put("status", "member").set("user", user(BOT_ID, null)));
    change.set("new_chat_member", JSON.createObjectNode().put("status", newStatus).set("user", user(BOT_ID, null)));
    return update(updateId, "my_chat_member", change);
  }

  static Update parse(ObjectNode node) {
    try {
      return JSON.treeToValue(node, Update.class);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
