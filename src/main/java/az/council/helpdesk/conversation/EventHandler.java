package az.council.helpdesk.conversation;

import java.util.List;

/** Handles one event from a migrant's chat and says what to do; the conversation core implements it. */
@FunctionalInterface
public interface EventHandler {
  List<Action> handle(Event event);
}
