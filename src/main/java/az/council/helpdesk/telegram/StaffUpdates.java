package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The hook for updates from the Council members' group ({@code STAFF_CHAT_ID}): messages, button presses and
 * membership changes there are not a migrant's conversation. The staff side implements it; what it returns
 * goes through the same outbox as the conversation's actions. Called on the chat's worker thread, once per
 * update, in order.
 */
@FunctionalInterface
public interface StaffUpdates {
  /** Ignores staff-group updates (the default until the staff side exists). */
  StaffUpdates IGNORE = update -> List.of();

  List<Action> handle(Update update) throws Exception;
}
