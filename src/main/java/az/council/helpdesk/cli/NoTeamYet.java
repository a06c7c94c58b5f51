package az.council.helpdesk.cli;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation while no staff group is configured: hand-offs are only recorded, so the user is told
 * honestly that a member will answer once the Council's team is connected, instead of "a member will write".
 */
final class NoTeamYet implements EventHandler {
  private final EventHandler conversation;
  private final Messages messages;

  NoTeamYet(EventHandler conversation, Messages messages) {
    this.conversation = conversation;
    this.messages = messages;
  }

  @Override
  public List<Action> handle(Event event) {
    List<Action> actions = conversation.handle(event);
    List<Action.HandOff> handOffs = actions.stream().filter(Action.HandOff.class::isInstance)
        .map(Action.HandOff.class::cast).toList();
    if (handOffs.isEmpty()) {
      return actions;
    }
    List<Action> honest = new ArrayList<>(actions);
    for (Action.HandOff h : handOffs) {
      String promise = messages.get(h.language(), "chat.handoff.ack");
      Action.Send notice = new Action.Send(h.chatId(), messages.get(h.language(), "chat.handoff.noTeam"),
          az.council.helpdesk.conversation.Keyboard.NONE);
      int ack = honest.indexOf(new Action.Send(h.chatId(), promise, az.council.helpdesk.conversation.Keyboard.NONE));
      if (ack >= 0) {
        honest.set(ack, notice);
      } else {
        honest.add(honest.indexOf(h), notice);
      }
    }
    return honest;
  }
}
