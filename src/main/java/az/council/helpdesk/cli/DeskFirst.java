package az.council.helpdesk.cli;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.cases.StaffAction;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Conversation;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.EventHandler;
import java.util.List;
import java.util.Optional;

/**
 * A migrant's private chat with cases: the desk sees each event first (an open case takes the user's messages,
 * the rating buttons, {@code /cancel}); what it does not take goes to the conversation. A confirmed {@code /forget}
 * also makes the desk forget the person.
 */
final class DeskFirst implements EventHandler {
  /** Carries out the desk's actions (the Telegram adapter's staff performer). */
  @FunctionalInterface
  interface Performer {
    void perform(List<StaffAction> actions) throws InterruptedException;
  }

  private final CaseDesk desk;
  private final EventHandler conversation;
  private final Performer performer;

  DeskFirst(CaseDesk desk, EventHandler conversation, Performer performer) {
    this.desk = desk;
    this.conversation = conversation;
    this.performer = performer;
  }

  @Override
  public List<Action> handle(Event event) {
    Optional<List<StaffAction>> taken = desk.fromUser(event);
    if (taken.isPresent()) {
      perform(taken.get());
      return List.of();
    }
    List<Action> actions = conversation.handle(event);
    if (Conversation.confirmsForget(event)) {
      perform(desk.forget(event.sender().userId()));
    }
    return actions;
  }

  private void perform(List<StaffAction> actions) {
    try {
      performer.perform(actions);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while performing the desk's actions", e);
    }
  }
}
