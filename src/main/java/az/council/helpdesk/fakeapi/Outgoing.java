package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a bot message goes and what frames it, shared by every sending method: the chat (which must let the bot
 * write), the forum topic or reply thread ({@code message_thread_id}), the replied message and the keyboard.
 */
final class Outgoing {
  private final World world;
  private final ChatState chat;
  private final Optional<Integer> thread;
  private final boolean topicMessage;
  private final Optional<ObjectNode> replyTo;
  private final Optional<JsonNode> markup;

  private Outgoing(World world, ChatState chat, Optional<Integer> thread, boolean topicMessage,
      Optional<ObjectNode> replyTo, Optional<JsonNode> markup) {
    this.world = world;
    this.chat = chat;
    this.thread = thread;
    this.topicMessage = topicMessage;
    this.replyTo = replyTo;
    this.markup = markup;
  }

  static Outgoing prepare(World world, Params p) {
    ChatState chat = world.resolve(p, "chat_id");
    chat.checkBotCanWrite();
    Optional<JsonNode> markup = Keyboards.validate(p.json("reply_markup"));
    Optional<Integer> requested = p.intValue("message_thread_id").filter(t -> t > 0);
    Optional<ObjectNode> replyTo = replyTo(chat, p);
    boolean topic = false;
    if (requested.isPresent() && chat.isForum()) {
      FakeTopic t = chat.topic(requested.get()).orElseThrow(() -> ApiError.badRequest("message thread not found"));
      if (t.closed() && !chat.group().orElseThrow().bot().canManageTopics()) {
        throw ApiError.badRequest("TOPIC_CLOSED");
      }
      topic = true;
      if (replyTo.isEmpty()) {
        replyTo = chat.message(t.threadId()).map(m -> MessageJson.embedded(m.json()));
      }
    } else if (requested.isPresent() && chat.group().isPresent() && chat.message(requested.get()).isEmpty()) {
      throw ApiError.badRequest("message thread not found");
    }
    return new Outgoing(world, chat, requested, topic, replyTo, markup);
  }

  private static Optional<ObjectNode> replyTo(ChatState chat, Params p) {
    Optional<JsonNode> parameters = p.json("reply_parameters");
    Optional<Integer> id = parameters.map(r -> r.path("message_id").asInt(0)).filter(i -> i > 0)
        .or(() -> p.intValue("reply_to_message_id"));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<StoredMessage> target = chat.message(id.get());
    boolean lenient = parameters.map(r -> r.path("allow_sending_without_reply").asBoolean(false)).orElse(false)
        || p.flag("allow_sending_without_reply");
    if (target.isEmpty() && !lenient) {
      throw ApiError.badRequest("message to be replied not found");
    }
    return target.map(m -> MessageJson.embedded(m.json()));
  }

  ChatState chat() {
    return chat;
  }

  /** Appends the bot's message; {@code content} adds text, caption or media after the header. */
  StoredMessage send(String kind, long date, Consumer<ObjectNode> content) {
    Optional<FakeUser> from = chat.group().filter(g -> g.type() == FakeChat.Type.CHANNEL).isPresent()
        ? Optional.empty()
        : Optional.of(world.bot());
    return chat.append(true, kind, id -> {
      ObjectNode m = MessageJson.header(id, thread, from, chat, date);
      replyTo.ifPresent(r -> m.set("reply_to_message", r));
      if (topicMessage) {
        m.put("is_topic_message", true);
      }
      content.accept(m);
      Keyboards.inlineOnly(markup).ifPresent(k -> m.set("reply_markup", k));
      return m;
    }, markup);
  }
}
