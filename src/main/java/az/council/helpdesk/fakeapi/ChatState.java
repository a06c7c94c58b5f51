package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One chat: who it is with, its messages (the most recent {@code maxMessages}), forum topics, members and
 * whether the bot may still write there. Not thread-safe: used only under the {@link State} lock.
 */
final class ChatState {
  private final long id;
  private final Optional<FakeUser> user;
  private FakeChat group;
  private final LinkedHashMap<Integer, StoredMessage> messages;
  private final Map<Integer, FakeTopic> topics = new LinkedHashMap<>();
  private final Map<Long, MemberStatus> members = new LinkedHashMap<>();
  private boolean blockedByUser;
  private MemberStatus botStatus;
  private int lastMessageId;
  private long botMessagesSent;

  private ChatState(long id, Optional<FakeUser> user, FakeChat group, int maxMessages) {
    this.id = id;
    this.user = user;
    this.group = group;
    this.botStatus = group == null || !group.bot().admin() ? MemberStatus.MEMBER : MemberStatus.ADMINISTRATOR;
    this.messages = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, StoredMessage> eldest) {
        return size() > maxMessages;
      }
    };
  }

  static ChatState privateChat(FakeUser user, int maxMessages) {
    return new ChatState(user.id(), Optional.of(user), null, maxMessages);
  }

  static ChatState group(FakeChat chat, int maxMessages) {
    return new ChatState(chat.id(), Optional.empty(), chat, maxMessages);
  }

  long id() {
    return id;
  }

  Optional<FakeUser> user() {
    return user;
  }

  Optional<FakeChat> group() {
    return Optional.ofNullable(group);
  }

  void reconfigure(FakeChat chat) {
    this.group = chat;
    this.botStatus = chat.bot().admin() ? MemberStatus.ADMINISTRATOR : MemberStatus.MEMBER;
  }

  boolean isForum() {
    return group != null && group.forum();
  }

  String typeName() {
    return group == null ? "private" : group.type().json();
  }

  ObjectNode json() {
    return group == null ? user.orElseThrow().privateChatJson() : group.toJson();
  }

  void setBlockedByUser(boolean blocked) {
    this.blockedByUser = blocked;
  }

  MemberStatus botStatus() {
    return botStatus;
  }

  void setBotStatus(MemberStatus status) {
    this.botStatus = status;
  }

  /** Throws what Telegram answers when the bot may not post here. */
  void checkBotCanWrite() {
    if (blockedByUser) {
      throw ApiError.forbidden("bot was blocked by the user");
    }
    if (botStatus == MemberStatus.KICKED) {
      throw ApiError.forbidden("bot was kicked from the " + typeName() + " chat");
    }
    if (botStatus == MemberStatus.LEFT) {
      throw ApiError.forbidden("bot is not a member of the " + typeName() + " chat");
    }
    if (group != null && group.type() == FakeChat.Type.CHANNEL && !botStatus.isAdmin()) {
      throw ApiError.badRequest("need administrator rights in the channel chat");
    }
  }

  StoredMessage append(boolean fromBot, String kind, IntFunction<ObjectNode> jsonForId, Optional<JsonNode> keyboard) {
    int messageId = ++lastMessageId;
    if (fromBot) {
      botMessagesSent++;
    }
    StoredMessage message = new StoredMessage(id, messageId, fromBot, kind, jsonForId.apply(messageId), keyboard);
    messages.put(messageId, message);
    return message;
  }

  /** A message that exists and was not deleted. */
  Optional<StoredMessage> message(int messageId) {
    return Optional.ofNullable(messages.get(messageId)).filter(m -> !m.deleted());
  }

  List<ChatMessage> snapshot() {
    List<ChatMessage> all = new ArrayList<>(messages.size());
    messages.values().forEach(m -> all.add(m.snapshot()));
    return all;
  }

  /** Messages the bot ever sent here, including deleted and evicted ones. */
  long botMessagesSent() {
    return botMessagesSent;
  }

  Optional<FakeTopic> topic(int threadId) {
    return Optional.ofNullable(topics.get(threadId));
  }

  void putTopic(FakeTopic topic) {
    topics.put(topic.threadId(), topic);
  }

  List<FakeTopic> topics() {
    return List.copyOf(topics.values());
  }

  void setMember(long userId, MemberStatus status) {
    members.put(userId, status);
  }

  /** A user who posted here counts as a member unless told otherwise. */
  void noteMember(long userId) {
    members.putIfAbsent(userId, MemberStatus.MEMBER);
  }

  Optional<MemberStatus> member(long userId) {
    return Optional.ofNullable(members.get(userId));
  }

  Map<Long, MemberStatus> members() {
    return Map.copyOf(members);
  }
}
