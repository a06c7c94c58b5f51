package az.council.helpdesk.fakeapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the fake Telegram knows besides the update queue: chats, users, files, button presses, commands and
 * the webhook. Not thread-safe: reached only through {@link State}, which holds the lock.
 */
final class World {
  /** A webhook set with {@code setWebhook}. */
  record Webhook(String url, Optional<String> secretToken) {}

  private final FakeUser bot;
  private final int maxMessagesPerChat;
  private final Map<Long, ChatState> chats = new HashMap<>();
  private final Map<String, Long> usernames = new HashMap<>();
  private final List<FakeTopic> topicsCreated = new ArrayList<>();
  private final FileStore files;
  private final CallbackQueries callbacks;
  private final BotCommands commands = new BotCommands();
  private Optional<Webhook> webhook = Optional.empty();

  World(FakeUser bot, int maxMessagesPerChat, int maxCallbacks, long maxFileBytes) {
    this.bot = bot;
    this.maxMessagesPerChat = maxMessagesPerChat;
    this.callbacks = new CallbackQueries(maxCallbacks);
    this.files = new FileStore(maxFileBytes);
  }

  FakeUser bot() {
    return bot;
  }

  /** The private chat with this user, created the first time the user is seen. */
  ChatState privateChat(FakeUser user) {
    ChatState chat = chats.computeIfAbsent(user.id(), id -> ChatState.privateChat(user, maxMessagesPerChat));
    user.username().ifPresent(u -> usernames.put(u.toLowerCase(Locale.ROOT), user.id()));
    return chat;
  }

  ChatState group(FakeChat config) {
    ChatState chat = chats.computeIfAbsent(config.id(), id -> ChatState.group(config, maxMessagesPerChat));
    chat.reconfigure(config);
    config.username().ifPresent(u -> usernames.put(u.toLowerCase(Locale.ROOT), config.id()));
    return chat;
  }

  Optional<ChatState> find(long chatId) {
    return Optional.ofNullable(chats.get(chatId));
  }

  ChatState chat(long chatId) {
    return find(chatId).orElseThrow(() -> ApiError.badRequest("chat not found"));
  }

  /** The chat named by a {@code chat_id}-like parameter: a number (maybe a string) or {@code @username}. */
  ChatState resolve(Params p, String field) {
    String value = p.string(field).filter(s -> !s.isBlank())
        .orElseThrow(() -> ApiError.badRequest(field + " is empty"));
    if (value.startsWith("@")) {
      Long id = usernames.get(value.substring(1).toLowerCase(Locale.ROOT));
      return id == null ? chat(Long.MIN_VALUE) : chat(id);
    }
    return chat(p.longValue(field).orElseThrow());
  }

  /** A user the fake has seen: the bot itself or a private chat partner. */
  Optional<FakeUser> user(long userId) {
    if (userId == bot.id()) {
      return Optional.of(bot);
    }
    return find(userId).flatMap(ChatState::user);
  }

  List<ChatState> chats() {
    return List.copyOf(chats.values());
  }

  void topicCreated(FakeTopic topic) {
    topicsCreated.add(topic);
  }

  List<FakeTopic> topicsCreated() {
    List<FakeTopic> current = new ArrayList<>();
    for (FakeTopic t : topicsCreated) {
      current.add(chat(t.chatId()).topic(t.threadId()).orElse(t));
    }
    return current;
  }

  FileStore files() {
    return files;
  }

  CallbackQueries callbacks() {
    return callbacks;
  }

  BotCommands commands() {
    return commands;
  }

  Optional<Webhook> webhook() {
    return webhook;
  }

  void setWebhook(Optional<Webhook> hook) {
    this.webhook = hook;
  }
}
