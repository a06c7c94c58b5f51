package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Set;

/** {@code getChat}, {@code getChatMember}, {@code getChatAdministrators}, {@code leaveChat}, {@code sendChatAction}. */
final class ChatMethods {
  private static final Set<String> ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
      "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
      "upload_video_note");

  private final State state;
  private final UpdateQueue updates;
  private final Clock clock;

  ChatMethods(State state, UpdateQueue updates, Clock clock) {
    this.state = state;
    this.updates = updates;
    this.clock = clock;
  }

  void register(MethodTable table) {
    table.add("getChat", false, this::getChat);
    table.add("getChatMember", false, this::getChatMember);
    table.add("getChatAdministrators", false, this::getChatAdministrators);
    table.add("leaveChat", false, this::leaveChat);
    table.add("sendChatAction", false, this::sendChatAction);
  }

  /** A {@code ChatFullInfo}: the chat plus the fields Telegram always sends. */
  private JsonNode getChat(Params p) {
    return state.read(w -> {
      ObjectNode info = w.resolve(p, "chat_id").json();
      info.put("accent_color_id", 0);
      info.put("max_reaction_count", 11);
      info.putObject("accepted_gift_types").put("unlimited_gifts", false).put("limited_gifts", false)
          .put("unique_gifts", false).put("premium_subscription", false);
      return info;
    });
  }

  private JsonNode getChatMember(Params p) {
    return state.read(w -> {
      ChatState chat = w.resolve(p, "chat_id");
      long userId = p.longValue("user_id").orElseThrow(() -> ApiError.badRequest("user_id is empty"));
      FakeUser user = w.user(userId).orElseThrow(() -> ApiError.badRequest("user not found"));
      return ChatMemberJson.of(user, status(w, chat, userId), canManageTopics(w, chat, userId));
    });
  }

  private JsonNode getChatAdministrators(Params p) {
    return state.read(w -> {
      ChatState chat = w.resolve(p, "chat_id");
      if (chat.group().isEmpty()) {
        throw ApiError.badRequest("there are no administrators in the private chat");
      }
      ArrayNode admins = JsonNodeFactory.instance.arrayNode();
      chat.members().entrySet().stream().filter(e -> e.getValue().isAdmin()).forEach(e -> w.user(e.getKey())
          .ifPresent(u -> admins.add(ChatMemberJson.of(u, e.getValue(), true))));
      if (chat.botStatus().isAdmin()) {
        admins.add(ChatMemberJson.of(w.bot(), chat.botStatus(), canManageTopics(w, chat, w.bot().id())));
      }
      return admins;
    });
  }

  private JsonNode leaveChat(Params p) {
    state.write(w -> {
      ChatState chat = w.resolve(p, "chat_id");
      if (chat.group().isEmpty()) {
        throw ApiError.badRequest("chat member status can't be changed in private chats");
      }
      MemberStatus before = chat.botStatus();
      if (before == MemberStatus.LEFT || before == MemberStatus.KICKED) {
        throw ApiError.forbidden("bot is not a member of the " + chat.typeName() + " chat");
      }
      chat.setBotStatus(MemberStatus.LEFT);
      long date = clock.instant().getEpochSecond();
      ObjectNode update = ChatMemberJson.updated(chat, w.bot(), date,
          ChatMemberJson.of(w.bot(), before, canManageTopics(w, chat, w.bot().id())),
          ChatMemberJson.of(w.bot(), MemberStatus.LEFT, false));
      updates.add("my_chat_member", id -> Updates.wrap(id, "my_chat_member", update));
      return null;
    });
    return BooleanNode.TRUE;
  }

  private JsonNode sendChatAction(Params p) {
    return state.read(w -> {
      ChatState chat = w.resolve(p, "chat_id");
      chat.checkBotCanWrite();
      if (!ACTIONS.contains(p.string("action").orElse(""))) {
        throw ApiError.badRequest("wrong parameter action in request");
      }
      return BooleanNode.TRUE;
    });
  }

  private static MemberStatus status(World w, ChatState chat, long userId) {
    if (userId == w.bot().id()) {
      return chat.botStatus();
    }
    if (chat.group().isEmpty()) {
      return MemberStatus.MEMBER;
    }
    return chat.member(userId).orElse(MemberStatus.LEFT);
  }

  private static boolean canManageTopics(World w, ChatState chat, long userId) {
    return userId != w.bot().id() || chat.group().map(g -> g.bot().canManageTopics()).orElse(false);
  }
}
