package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Forum topics: {@code createForumTopic} (result: a {@code ForumTopic}), {@code closeForumTopic},
 * {@code reopenForumTopic}, {@code editForumTopic}. Like Telegram, each posts a service message; a topic's
 * {@code message_thread_id} is the id of its "topic created" message.
 */
final class ForumMethods {
  /** The six colours Telegram allows for topic icons; the first is its default. */
  static final Set<Integer> ICON_COLORS = Set.of(7322096, 16766590, 13338331, 9367192, 16749490, 16478047);
  static final int DEFAULT_ICON_COLOR = 7322096;

  private final State state;
  private final Clock clock;

  ForumMethods(State state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  void register(MethodTable table) {
    table.add("createForumTopic", false, this::create);
    table.add("closeForumTopic", false, p -> setClosed(p, true));
    table.add("reopenForumTopic", false, p -> setClosed(p, false));
    table.add("editForumTopic", false, this::edit);
  }

  private JsonNode create(Params p) {
    return state.write(w -> {
      ChatState chat = forum(w, p, "create a topic");
      String name = p.string("name").orElse("");
      if (name.isBlank() || name.codePointCount(0, name.length()) > 128) {
        throw ApiError.badRequest("TOPIC_TITLE_EMPTY");
      }
      int color = p.intValue("icon_color").orElse(DEFAULT_ICON_COLOR);
      if (!ICON_COLORS.contains(color)) {
        throw ApiError.badRequest("TOPIC_ICON_COLOR_INVALID");
      }
      Optional<String> emoji = p.string("icon_custom_emoji_id").filter(s -> !s.isEmpty());
      FakeTopic topic = create(w, chat, w.bot(), name, color, emoji, now());
      return topicJson(topic);
    });
  }

  /** Creates a topic as {@code creator} did (the bot, or a user in tests); shared with the test API. */
  static FakeTopic create(World w, ChatState chat, FakeUser creator, String name, int color, Optional<String> emoji,
      long date) {
    StoredMessage service = chat.append(creator.id() == w.bot().id(), "service", id -> {
      ObjectNode m = MessageJson.header(id, Optional.of(id), Optional.of(creator), chat, date);
      ObjectNode created = m.putObject("forum_topic_created").put("name", name).put("icon_color", color);
      emoji.ifPresent(e -> created.put("icon_custom_emoji_id", e));
      m.put("is_topic_message", true);
      return m;
    }, Optional.empty());
    FakeTopic topic = new FakeTopic(chat.id(), service.messageId(), name, color, emoji, false);
    chat.putTopic(topic);
    if (creator.id() == w.bot().id()) {
      w.topicCreated(topic);
    }
    return topic;
  }

  private JsonNode setClosed(Params p, boolean closed) {
    return state.write(w -> {
      ChatState chat = forum(w, p, "manage topics");
      FakeTopic topic = topic(chat, p);
      if (topic.closed() == closed) {
        throw ApiError.badRequest("TOPIC_NOT_MODIFIED");
      }
      chat.putTopic(topic.withClosed(closed));
      service(w, chat, topic, closed ? "forum_topic_closed" : "forum_topic_reopened");
      return BooleanNode.TRUE;
    });
  }

  private JsonNode edit(Params p) {
    return state.write(w -> {
      ChatState chat = forum(w, p, "manage topics");
      FakeTopic topic = topic(chat, p);
      Optional<String> name = p.string("name").filter(s -> !s.isEmpty());
      Optional<String> emoji = p.string("icon_custom_emoji_id");
      FakeTopic edited = topic.renamed(name, emoji);
      if (edited.equals(topic)) {
        throw ApiError.badRequest("TOPIC_NOT_MODIFIED");
      }
      chat.putTopic(edited);
      ObjectNode change = service(w, chat, topic, "forum_topic_edited");
      name.ifPresent(n -> change.put("name", n));
      emoji.ifPresent(e -> change.put("icon_custom_emoji_id", e));
      return BooleanNode.TRUE;
    });
  }

  private ObjectNode service(World w, ChatState chat, FakeTopic topic, String field) {
    ObjectNode[] payload = new ObjectNode[1];
    chat.append(true, "service", id -> {
      ObjectNode m = MessageJson.header(id, Optional.of(topic.threadId()), Optional.of(w.bot()), chat, now());
      payload[0] = m.putObject(field);
      m.put("is_topic_message", true);
      return m;
    }, Optional.empty());
    return payload[0];
  }

  private static ChatState forum(World w, Params p, String action) {
    ChatState chat = w.resolve(p, "chat_id");
    chat.checkBotCanWrite();
    if (!chat.isForum()) {
      throw ApiError.badRequest("the chat is not a forum");
    }
    if (!chat.botStatus().isAdmin() || !chat.group().orElseThrow().bot().canManageTopics()) {
      throw ApiError.badRequest("not enough rights to " + action);
    }
    return chat;
  }

  private static FakeTopic topic(ChatState chat, Params p) {
    int thread = p.requireInt("message_thread_id", "message thread not found");
    return chat.topic(thread).orElseThrow(() -> ApiError.badRequest("TOPIC_ID_INVALID"));
  }

  static ObjectNode topicJson(FakeTopic topic) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("message_thread_id", topic.threadId());
    json.put("name", topic.name());
    json.put("icon_color", topic.iconColor());
    topic.iconCustomEmojiId().ifPresent(e -> json.put("icon_custom_emoji_id", e));
    return json;
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
