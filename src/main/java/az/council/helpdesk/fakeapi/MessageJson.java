package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Builds Bot API {@code Message} objects, header fields first in Telegram's order. */
final class MessageJson {
  private MessageJson() {}

  /** {@code from} is absent for channel posts, which carry {@code sender_chat} instead. */
  static ObjectNode header(int messageId, Optional<Integer> threadId, Optional<FakeUser> from, ChatState chat, long date) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("message_id", messageId);
    threadId.ifPresent(t -> m.put("message_thread_id", t));
    from.ifPresent(f -> m.set("from", f.toJson()));
    if (from.isEmpty()) {
      m.set("sender_chat", chat.json());
    }
    m.set("chat", chat.json());
    m.put("date", date);
    return m;
  }

  static void text(ObjectNode m, FormattedText text) {
    m.put("text", text.text());
    if (!text.entities().isEmpty()) {
      m.set("entities", text.entities());
    }
  }

  static void caption(ObjectNode m, FormattedText caption) {
    if (!caption.text().isEmpty()) {
      m.put("caption", caption.text());
      if (!caption.entities().isEmpty()) {
        m.set("caption_entities", caption.entities());
      }
    }
  }

  /** A message as embedded in another ({@code reply_to_message}): Telegram does not nest replies further. */
  static ObjectNode embedded(ObjectNode message) {
    ObjectNode copy = message.deepCopy();
    copy.remove("reply_to_message");
    return copy;
  }
}
