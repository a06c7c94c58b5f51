package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test API for what users do: each method queues the update Telegram would deliver to the bot, with the
 * message stored in the chat's transcript (so the bot can reply to it, copy or forward it). Private messages
 * come from a {@link FakeUser}; group messages name the {@link FakeChat} (registered on first use).
 */
public final class Incoming {
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

  private final State state;
  private final UpdateQueue updates;
  private final Clock clock;
  private final IncomingMedia media = new IncomingMedia();
  private final MembershipChanges membership;
  private final ObjectMapper mapper;

  Incoming(State state, UpdateQueue updates, Clock clock, ObjectMapper mapper) {
    this.state = state;
    this.updates = updates;
    this.clock = clock;
    this.mapper = mapper;
    this.membership = new MembershipChanges(state, updates, clock);
  }

  /** A text message in the user's private chat with the bot (a leading /command gets its entity). */
  public Enqueued text(FakeUser user, String text) {
    return message(user, Optional.empty(), OptionalInt.empty(), "text", (m, f) -> withText(m, text));
  }

  /** A command such as "/start" or "/start payload" in the private chat. */
  public Enqueued command(FakeUser user, String command) {
    if (!COMMAND.matcher(command).find()) {
      throw new IllegalArgumentException("not a bot command: " + command);
    }
    return text(user, command);
  }

  public Enqueued photo(FakeUser user, String caption) {
    return message(user, Optional.empty(), OptionalInt.empty(), "photo", (m, f) -> media.photo(m, caption, f));
  }

  public Enqueued sticker(FakeUser user) {
    return message(user, Optional.empty(), OptionalInt.empty(), "sticker", (m, f) -> media.sticker(m, f));
  }

  public Enqueued voice(FakeUser user, int seconds) {
    return message(user, Optional.empty(), OptionalInt.empty(), "voice", (m, f) -> media.voice(m, seconds, f));
  }

  public Enqueued document(FakeUser user, String fileName, String caption) {
    return message(user, Optional.empty(), OptionalInt.empty(), "document",
        (m, f) -> media.document(m, fileName, caption, f));
  }

  public Enqueued location(FakeUser user, double latitude, double longitude) {
    return message(user, Optional.empty(), OptionalInt.empty(), "location",
        (m, f) -> m.putObject("location").put("latitude", latitude).put("longitude", longitude));
  }

  /** A text message in a group; in a forum, {@code threadId} names an existing topic (see FakeBotApi#openTopic). */
  public Enqueued groupText(FakeChat chat, FakeUser user, String text, OptionalInt threadId) {
    return message(user, Optional.of(chat), threadId, "text", (m, f) -> withText(m, text));
  }

  public Enqueued groupText(FakeChat chat, FakeUser user, String text) {
    return groupText(chat, user, text, OptionalInt.empty());
  }

  /** A post in a channel where the bot is an admin ({@code channel_post}, no {@code from}). */
  public Enqueued channelPost(FakeChat channel, String text) {
    if (channel.type() != FakeChat.Type.CHANNEL) {
      throw new IllegalArgumentException("not a channel: " + channel.title());
    }
    updates.checkRoom();
    return state.write(w -> {
      ChatState chat = w.group(channel);
      StoredMessage message = chat.append(false, "text", id -> {
        ObjectNode m = MessageJson.header(id, Optional.empty(), Optional.empty(), chat, now());
        withText(m, text);
        return m;
      }, Optional.empty());
      int updateId = updates.add("channel_post", id -> Updates.wrap(id, "channel_post", message.json()));
      return new Enqueued(updateId, chat.id(), message.messageId(), Optional.empty());
    });
  }

  /** The user edits an earlier message of theirs ({@code edited_message}); the transcript shows the new text. */
  public Enqueued edit(FakeUser user, long chatId, int messageId, String newText) {
    updates.checkRoom();
    return state.write(w -> {
      StoredMessage message = known(w, chatId).message(messageId)
          .filter(m -> !m.fromBot() && m.json().path("from").path("id").asLong() == user.id())
          .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " of user " + user.id()));
      ObjectNode json = message.json().deepCopy();
      json.remove("entities");
      withText(json, newText);
      json.put("edit_date", now());
      message.edit(json, Optional.empty());
      int updateId = updates.add("edited_message", id -> Updates.wrap(id, "edited_message", json));
      return new Enqueued(updateId, chatId, messageId, Optional.empty());
    });
  }

  /** The user taps the inline button with this text under a bot message. */
  public Enqueued press(FakeUser user, ChatMessage message, String buttonText) {
    String data = message.button(buttonText).flatMap(ChatMessage.InlineButton::callbackData).orElseThrow(
        () -> new IllegalArgumentException("no callback button \"" + buttonText + "\" under message " + message.messageId()));
    return pressWithData(user, message.chatId(), message.messageId(), data);
  }

  /** A callback query with any data, as a forged or stale client could send; the message may even be gone. */
  public Enqueued pressWithData(FakeUser user, long chatId, int messageId, String data) {
    updates.checkRoom();
    return state.write(w -> {
      ChatState chat = known(w, chatId);
      ObjectNode message = chat.message(messageId).map(m -> m.json().deepCopy()).orElseGet(() -> {
        ObjectNode inaccessible = JsonNodeFactory.instance.objectNode();
        inaccessible.set("chat", chat.json());
        return inaccessible.put("message_id", messageId).put("date", 0);
      });
      String queryId = w.callbacks().issue(user.id(), data);
      ObjectNode query = JsonNodeFactory.instance.objectNode();
      query.put("id", queryId);
      query.set("from", user.toJson());
      query.set("message", message);
      query.put("chat_instance", Long.toString(chatId * 7_919L + 1_234_567L));
      query.put("data", data);
      int updateId = updates.add("callback_query", id -> Updates.wrap(id, "callback_query", query));
      return new Enqueued(updateId, chatId, 0, Optional.of(queryId));
    });
  }

  /** The user blocks the bot: {@code my_chat_member} (member → kicked), and sends to them get 403 from now on. */
  public Enqueued blocksBot(FakeUser user) {
    return membership.privateChat(user, MemberStatus.MEMBER, MemberStatus.KICKED, true);
  }

  /** The user unblocks (restarts) the bot: {@code my_chat_member} (kicked → member). */
  public Enqueued unblocksBot(FakeUser user) {
    return membership.privateChat(user, MemberStatus.KICKED, MemberStatus.MEMBER, false);
  }

  /** Someone adds the bot to a group: {@code my_chat_member} (left → member, or administrator per the chat's rights). */
  public Enqueued botAddedTo(FakeChat group, FakeUser by) {
    return membership.group(group, by, group.bot().admin() ? MemberStatus.ADMINISTRATOR : MemberStatus.MEMBER);
  }

  /** An admin removes the bot from a group: {@code my_chat_member} (→ kicked); sends there get 403 from now on. */
  public Enqueued botRemovedFrom(FakeChat group, FakeUser by) {
    return membership.group(group, by, MemberStatus.KICKED);
  }

  /**
   * Any update, verbatim, for hostile tests. A JSON object gets the next {@code update_id} (replacing its own);
   * anything else is inserted into the getUpdates answer as it is, which breaks the whole answer.
   */
  public int raw(String json) {
    return RawUpdates.enqueue(updates, mapper, json);
  }

  private Enqueued message(FakeUser user, Optional<FakeChat> group, OptionalInt threadId, String kind,
      BiConsumer<ObjectNode, FileStore> content) {
    updates.checkRoom();
    return state.write(w -> {
      ChatState chat = group.map(w::group).orElseGet(() -> w.privateChat(user));
      if (group.isPresent()) {
        w.privateChat(user); // Telegram knows the user; getChatMember can find them
        chat.noteMember(user.id());
      }
      Optional<Integer> thread = checkedThread(chat, threadId);
      StoredMessage message = chat.append(false, kind, id -> {
        ObjectNode m = MessageJson.header(id, thread, Optional.of(user), chat, now());
        if (thread.isPresent() && chat.isForum()) {
          chat.message(thread.get()).ifPresent(t -> m.set("reply_to_message", MessageJson.embedded(t.json())));
          m.put("is_topic_message", true);
        }
        content.accept(m, w.files());
        return m;
      }, Optional.empty());
      int updateId = updates.add("message", id -> Updates.wrap(id, "message", message.json()));
      return new Enqueued(updateId, chat.id(), message.messageId(), Optional.empty());
    });
  }

  private static Optional<Integer> checkedThread(ChatState chat, OptionalInt threadId) {
    if (threadId.isEmpty()) {
      return Optional.empty();
    }
    int thread = threadId.getAsInt();
    boolean exists = chat.isForum() ? chat.topic(thread).isPresent() : chat.message(thread).isPresent();
    if (!exists) {
      throw new IllegalArgumentException("no thread " + thread + " in chat " + chat.id() + " (open the topic first)");
    }
    return Optional.of(thread);
  }

  private static ChatState known(World w, long chatId) {
    return w.find(chatId).orElseThrow(() -> new IllegalArgumentException("the fake knows no chat " + chatId));
  }

  private static void withText(ObjectNode m, String text) {
    m.put("text", text);
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      m.putArray("entities").addObject().put("offset", 0).put("length", command.end()).put("type", "bot_command");
    }
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
