package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Event;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update is for. Private chats are the migrants' conversation; the staff group ({@code
 * STAFF_CHAT_ID}) goes to the staff hook; any other group or channel is left (the bot is a one-to-one
 * helpdesk and must not read strangers' groups); my_chat_member in a private chat says the user blocked or
 * unblocked the bot.
 */
final class UpdateRouter {
  private static final Set<String> PRESENT = Set.of("member", "administrator", "restricted", "creator");
  private final Optional<Long> staffChatId;
  private final long botId;
  private final EventMapper events;
  private final Clock clock;

  UpdateRouter(Optional<Long> staffChatId, long botId, Optional<String> botUsername, Clock clock) {
    this.staffChatId = staffChatId;
    this.botId = botId;
    this.events = new EventMapper(botUsername);
    this.clock = clock;
  }

  Route route(Update u) {
    if (u.getMessage() != null) {
      return message(u, u.getMessage());
    }
    if (u.getEditedMessage() != null) {
      Message m = u.getEditedMessage();
      return isPrivate(m.getChat()) ? converse(events.edited(m), "edit without text") : staffOrIgnore(u, m.getChat());
    }
    if (u.getCallbackQuery() != null) {
      return press(u, u.getCallbackQuery());
    }
    if (u.getMyChatMember() != null) {
      return membership(u, u.getMyChatMember());
    }
    if (u.getChannelPost() != null) {
      return isStaff(u.getChannelPost().getChat()) ? new Route.Staff(u) : new Route.Leave(u.getChannelPost().getChatId());
    }
    if (u.getEditedChannelPost() != null) {
      return staffOrIgnore(u, u.getEditedChannelPost().getChat());
    }
    return new Route.Ignore("update kind not handled");
  }

  private Route message(Update u, Message m) {
    if (isPrivate(m.getChat())) {
      return converse(events.message(m), "service message");
    }
    if (isStaff(m.getChat())) {
      return new Route.Staff(u);
    }
    if (m.getLeftChatMember() != null && m.getLeftChatMember().getId() == botId) {
      return new Route.Ignore("the bot was removed from a group");
    }
    return new Route.Leave(m.getChatId());
  }

  private Route press(Update u, CallbackQuery q) {
    MaybeInaccessibleMessage m = q.getMessage();
    if (m == null || m.getChat() == null) {
      return new Route.Ignore("press on an inline-mode message");
    }
    if (isStaff(m.getChat())) {
      return new Route.Staff(u);
    }
    if (!isPrivate(m.getChat())) {
      return new Route.Ignore("press in a foreign group");
    }
    return new Route.Converse(new Event.Press(EventMapper.sender(q.getFrom(), m.getChatId()), clock.instant(),
        q.getId(), m.getMessageId() == null ? 0 : m.getMessageId(), q.getData() == null ? "" : q.getData()));
  }

  private Route membership(Update u, ChatMemberUpdated change) {
    Chat chat = change.getChat();
    String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
    if (isPrivate(chat)) {
      return "kicked".equals(status) ? new Route.Blocked(chat.getId()) : new Route.Unblocked(chat.getId());
    }
    if (isStaff(chat)) {
      return new Route.Staff(u);
    }
    return PRESENT.contains(status) ? new Route.Leave(chat.getId()) : new Route.Ignore("left a foreign group");
  }

  private Route staffOrIgnore(Update u, Chat chat) {
    return isStaff(chat) ? new Route.Staff(u) : new Route.Ignore("edit outside a private chat");
  }

  private static Route converse(Optional<Event> event, String otherwise) {
    return event.<Route>map(Route.Converse::new).orElseGet(() -> new Route.Ignore(otherwise));
  }

  private static boolean isPrivate(Chat chat) {
    return chat != null && "private".equals(chat.getType());
  }

  private boolean isStaff(Chat chat) {
    return chat != null && staffChatId.isPresent() && staffChatId.get().equals(chat.getId());
  }

  /** The chat whose order an update belongs to (updates of one chat are handled one after another). */
  static long chatOf(Update u) {
    Message m = u.getMessage() != null ? u.getMessage() : u.getEditedMessage() != null ? u.getEditedMessage()
        : u.getChannelPost() != null ? u.getChannelPost() : u.getEditedChannelPost();
    if (m != null && m.getChatId() != null) {
      return m.getChatId();
    }
    if (u.getCallbackQuery() != null) {
      CallbackQuery q = u.getCallbackQuery();
      if (q.getMessage() != null && q.getMessage().getChatId() != null) {
        return q.getMessage().getChatId();
      }
      return q.getFrom() == null ? 0 : q.getFrom().getId();
    }
    if (u.getMyChatMember() != null && u.getMyChatMember().getChat() != null) {
      return u.getMyChatMember().getChat().getId();
    }
    return 0;
  }
}
