package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;

/** {@code sendMessage}, {@code editMessageText}, {@code editMessageReplyMarkup}, {@code deleteMessage}. */
final class MessageMethods {
  static final int MAX_TEXT = 4096;
  private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup"
      + " are exactly the same as a current content and reply markup of the message";

  private final State state;
  private final Clock clock;

  MessageMethods(State state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(MethodTable table) {
    table.add("sendMessage", true, this::sendMessage);
    table.add("editMessageText", false, this::editMessageText);
    table.add("editMessageReplyMarkup", false, this::editMessageReplyMarkup);
    table.add("deleteMessage", false, this::deleteMessage);
  }

  private JsonNode sendMessage(Params p) {
    return state.write(w -> {
      Outgoing out = Outgoing.prepare(w, p);
      FormattedText text = text(p);
      return out.send("text", now(), m -> MessageJson.text(m, text)).json().deepCopy();
    });
  }

  private JsonNode editMessageText(Params p) {
    return state.write(w -> {
      StoredMessage message = editable(w, p);
      if (!message.kind().equals("text")) {
        throw ApiError.badRequest("there is no text in the message to edit");
      }
      FormattedText text = text(p);
      Optional<JsonNode> markup = inlineMarkup(p);
      ObjectNode json = message.json().deepCopy();
      json.remove("entities");
      MessageJson.text(json, text);
      return applyEdit(message, json, markup);
    });
  }

  private JsonNode editMessageReplyMarkup(Params p) {
    return state.write(w -> {
      StoredMessage message = editable(w, p);
      Optional<JsonNode> markup = inlineMarkup(p);
      return applyEdit(message, message.json().deepCopy(), markup);
    });
  }

  private JsonNode deleteMessage(Params p) {
    return state.write(w -> {
      ChatState chat = w.resolve(p, "chat_id");
      int id = p.requireInt("message_id", "message identifier is not specified");
      chat.message(id).orElseThrow(() -> ApiError.badRequest("message to delete not found")).delete();
      return BooleanNode.TRUE;
    });
  }

  /** Editing drops the inline keyboard unless it is sent again, exactly as Telegram does. */
  private JsonNode applyEdit(StoredMessage message, ObjectNode json, Optional<JsonNode> markup) {
    json.remove("reply_markup");
    json.remove("edit_date");
    Keyboards.inlineOnly(markup).ifPresent(k -> json.set("reply_markup", k));
    ObjectNode before = message.json().deepCopy();
    before.remove("edit_date");
    if (before.equals(json)) {
      throw ApiError.badRequest(NOT_MODIFIED);
    }
    json.put("edit_date", now());
    message.edit(json, markup);
    return json.deepCopy();
  }

  private static Optional<JsonNode> inlineMarkup(Params p) {
    Optional<JsonNode> markup = Keyboards.validate(p.json("reply_markup"));
    if (markup.isPresent() && !markup.get().has("inline_keyboard")) {
      throw ApiError.badRequest("inline keyboard expected");
    }
    return markup;
  }

  private static StoredMessage editable(World w, Params p) {
    if (p.has("inline_message_id")) {
      throw ApiError.badRequest("MESSAGE_ID_INVALID");
    }
    ChatState chat = w.resolve(p, "chat_id");
    chat.checkBotCanWrite();
    int id = p.requireInt("message_id", "message identifier is not specified");
    StoredMessage message = chat.message(id).orElseThrow(() -> ApiError.badRequest("message to edit not found"));
    if (!message.fromBot()) {
      throw ApiError.badRequest("message can't be edited");
    }
    return message;
  }

  private static FormattedText text(Params p) {
    FormattedText text = FormattedText.parse(p.string("text").orElse(""), p.string("parse_mode"), p.json("entities"));
    if (text.isBlank()) {
      throw ApiError.badRequest("message text is empty");
    }
    if (text.length() > MAX_TEXT) {
      throw ApiError.badRequest("message is too long");
    }
    return text;
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
