package az.council.helpdesk.fakeapi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The test API for the state of the fake Telegram: configure groups, members and topics; read each chat's
 * transcript (what its users see: the bot's messages with edits applied, deletions marked), the callback answers,
 * commands and topics; and wait for any of it. Waits throw {@link IllegalStateException} naming what was seen.
 */
public final class Chats {
  private final State state;
  private final UpdateQueue updates;
  private final CallLog calls;
  private final Clock clock;

  Chats(State state, UpdateQueue updates, CallLog calls, Clock clock) {
    this.state = state;
    this.updates = updates;
    this.calls = calls;
    this.clock = clock;
    calls.subscribe(call -> state.touch());
  }

  /** Registers (or reconfigures) a group, supergroup or channel with the bot in it. */
  public void add(FakeChat chat) {
    state.write(w -> w.group(chat));
  }

  public void setMember(FakeChat chat, FakeUser user, MemberStatus status) {
    state.write(w -> {
      w.privateChat(user);
      w.group(chat).setMember(user.id(), status);
      return null;
    });
  }

  /** The bot's own status in a chat, e.g. KICKED to make sends there fail with 403. */
  public void setBotStatus(FakeChat chat, MemberStatus status) {
    state.write(w -> {
      w.group(chat).setBotStatus(status);
      return null;
    });
  }

  /** Marks the user as having blocked the bot (403 on sends) without queuing an update; see Incoming#blocksBot. */
  public void setBlocked(FakeUser user, boolean blocked) {
    state.write(w -> {
      w.privateChat(user).setBlockedByUser(blocked);
      return null;
    });
  }

  /** A topic that a user opened in a forum, so that messages can be posted in it. */
  public FakeTopic openTopic(FakeChat forum, FakeUser creator, String name) {
    if (!forum.forum()) {
      throw new IllegalArgumentException(forum.title() + " is not a forum");
    }
    return state.write(w -> {
      ChatState chat = w.group(forum);
      w.privateChat(creator);
      return ForumMethods.create(w, chat, creator, name, ForumMethods.DEFAULT_ICON_COLOR, Optional.empty(),
          clock.instant().getEpochSecond());
    });
  }

  /** Every retained message of the chat, the user's and the bot's, oldest first, deleted ones marked. */
  public List<ChatMessage> transcript(long chatId) {
    return state.read(w -> w.find(chatId).map(ChatState::snapshot).orElse(List.of()));
  }

  /** What is on the user's screen now: the transcript without deleted messages. */
  public List<ChatMessage> visible(long chatId) {
    return transcript(chatId).stream().filter(m -> !m.deleted()).toList();
  }

  /** The bot's messages in the chat (service messages excluded), in current state, deleted ones marked. */
  public List<ChatMessage> botMessages(long chatId) {
    return transcript(chatId).stream().filter(m -> m.fromBot() && !m.kind().equals("service")).toList();
  }

  public Optional<ChatMessage> message(long chatId, int messageId) {
    return transcript(chatId).stream().filter(m -> m.messageId() == messageId).findFirst();
  }

  /** Messages the bot ever sent to the chat, deleted and evicted ones included. */
  public long botMessagesSent(long chatId) {
    return state.read(w -> w.find(chatId).map(ChatState::botMessagesSent).orElse(0L));
  }

  /** Topics the bot created, in their current state (name, closed). */
  public List<FakeTopic> topicsCreated() {
    return state.read(World::topicsCreated);
  }

  public List<FakeTopic> topics(long chatId) {
    return state.read(w -> w.find(chatId).map(ChatState::topics).orElse(List.of()));
  }

  public List<CallbackAnswer> callbackAnswers() {
    return state.read(w -> w.callbacks().answers());
  }

  public List<BotCommandSet> commands() {
    return state.read(w -> w.commands().all());
  }

  public Optional<String> webhookUrl() {
    return state.read(w -> w.webhook().map(World.Webhook::url));
  }

  /** Waits until the bot has sent at least {@code n} messages to the chat; returns {@link #botMessages}. */
  public List<ChatMessage> awaitMessages(long chatId, int n, Duration timeout) {
    return state.await(() -> botMessagesSent(chatId) >= n ? Optional.of(botMessages(chatId)) : Optional.empty(), timeout)
        .orElseThrow(() -> timedOut(timeout, n + " bot messages in chat " + chatId, botMessages(chatId)));
  }

  /** Waits for a message of the chat (user's or bot's, current state) that matches. */
  public ChatMessage awaitMessage(long chatId, Predicate<ChatMessage> condition, Duration timeout) {
    return state.await(() -> transcript(chatId).stream().filter(condition).findFirst(), timeout)
        .orElseThrow(() -> timedOut(timeout, "a matching message in chat " + chatId, transcript(chatId)));
  }

  public List<CallbackAnswer> awaitCallbackAnswers(int n, Duration timeout) {
    return state.await(() -> Optional.of(callbackAnswers()).filter(a -> a.size() >= n), timeout)
        .orElseThrow(() -> timedOut(timeout, n + " callback answers", callbackAnswers()));
  }

  /** Waits until {@code method} was called at least {@code n} times; returns the retained calls of it. */
  public List<ApiCall> awaitCalls(String method, int n, Duration timeout) {
    return state.await(() -> calls.count(method) >= n ? Optional.of(calls.of(method)) : Optional.empty(), timeout)
        .orElseThrow(() -> timedOut(timeout, n + " calls of " + method, calls.of(method)));
  }

  /** Waits until the bot confirmed this update (a later getUpdates offset passed it). */
  public void awaitConfirmed(int updateId, Duration timeout) {
    state.await(() -> Optional.of(true).filter(t -> updates.confirmedBelow() > updateId), timeout)
        .orElseThrow(() -> timedOut(timeout, "confirmation of update " + updateId,
            List.of("confirmed below " + updates.confirmedBelow())));
  }

  private static IllegalStateException timedOut(Duration timeout, String what, List<?> seen) {
    return new IllegalStateException("timed out after " + timeout + " waiting for " + what + "; saw " + seen.size()
        + ": " + seen);
  }
}
