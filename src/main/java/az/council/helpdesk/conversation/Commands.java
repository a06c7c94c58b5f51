package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.util.List;
import java.util.Optional;

/** The slash commands; each works at any time. */
final class Commands {
  private final Messages messages;
  private final Menus menus;
  private final Replies replies;

  Commands(Messages messages, Menus menus, Replies replies) {
    this.messages = messages;
    this.menus = menus;
    this.replies = replies;
  }

  void handle(Turn turn, Event.Command command) {
    Language language = turn.language();
    switch (command.name()) {
      case "start" -> start(turn);
      case "language" -> turn.send(menus.languageMenu());
      case "topics" -> turn.send(menus.topicMenu(language));
      case "help" -> turn.send(Screen.text(messages.get(language, "chat.help") + "\n\n" + BotCommands.list(messages, language)));
      case "human" -> replies.handOff(turn, language, Action.HandOff.Reason.USER_ASKED, Optional.empty(), true);
      case "privacy" -> turn.send(Screen.text(messages.get(language, "chat.privacy.full")));
      case "forget" -> {
        turn.session().pending = Session.Pending.FORGET;
        turn.send(new Screen(messages.get(language, "chat.forget.ask"), Keyboard.of(List.of(
            Menus.button(messages.get(language, "chat.button.forget"), new Callback.Forget(true)),
            Menus.button(messages.get(language, "chat.button.keep"), new Callback.Forget(false))))));
      }
      case "cancel" -> {
        boolean pending = turn.session().pending != Session.Pending.NONE;
        turn.session().pending = Session.Pending.NONE;
        turn.send(Screen.text(messages.get(language, pending ? "chat.cancel.done" : "chat.cancel.nothing")));
      }
      default -> turn.send(Screen.text(messages.get(language, "chat.command.unknown", command.name())
          + "\n\n" + BotCommands.list(messages, language)));
    }
  }

  /** Greets in the client's language; with no usable language, asks for one first. */
  private void start(Turn turn) {
    if (LanguagePolicy.unknown(turn.profile())) {
      turn.session().pending = Session.Pending.START_LANGUAGE;
      turn.send(menus.languageMenu());
    } else {
      welcome(turn, turn.language());
    }
  }

  /** The greeting with the privacy notice and the language buttons, then the topic menu. */
  void welcome(Turn turn, Language language) {
    turn.send(new Screen(messages.get(language, "chat.start.greeting") + "\n\n"
        + messages.get(language, "chat.privacy.short"), Keyboard.of(menus.languageButtons())));
    turn.send(menus.topicMenu(language));
  }
}
