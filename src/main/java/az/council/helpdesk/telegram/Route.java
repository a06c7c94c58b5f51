package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Event;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Where an update goes: {@link UpdateRouter} decides, {@link UpdateProcessor} carries it out. */
sealed interface Route {
  /** A migrant's private chat: the conversation handles it. */
  record Converse(Event event) implements Route {}

  /** The Council members' group: the staff side handles it. */
  record Staff(Update update) implements Route {}

  /** A group or channel the bot should not be in: leave it. */
  record Leave(long chatId) implements Route {}

  /** The user blocked the bot (my_chat_member → kicked). */
  record Blocked(long chatId) implements Route {}

  /** The user unblocked the bot or restarted it. */
  record Unblocked(long chatId) implements Route {}

  /** Nothing to do; {@code why} is for the debug log. */
  record Ignore(String why) implements Route {}
}
