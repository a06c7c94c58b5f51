package az.council.helpdesk.cli;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import java.util.List;
import java.util.Optional;

/**
 * The interim conversation {@code run} wires until the full one (menus, languages, feedback) is plugged in
 * through {@link BotWiring}: a question gets the triage's reply as text, urgent questions are also handed to
 * a member, {@code /human} hands off, other commands show the command list, non-text gets a polite note.
 */
final class AnswerOnlyHandler implements EventHandler {
  private static final List<String> COMMANDS = List.of("start", "language", "topics", "help", "human", "forget",
      "privacy", "cancel");
  private final Triage triage;
  private final ReplyText replies;
  private final Messages messages;

  AnswerOnlyHandler(Triage triage, ReplyText replies, Messages messages) {
    this.triage = triage;
    this.replies = replies;
    this.messages = messages;
  }

  @Override
  public List<Action> handle(Event event) {
    Language language = event.sender().clientLanguage().flatMap(Language::fromTag).orElse(Language.EN);
    long chat = event.sender().chatId();
    return switch (event) {
      case Event.Text t -> answer(t, language);
      case Event.Command c when c.name().equals("human") -> List.of(
          new Action.HandOff(event.sender().userId(), chat, language, Action.HandOff.Reason.USER_ASKED,
              Optional.empty(), List.of()),
          send(chat, messages.get(language, "run.humanRequested")));
      case Event.Command c -> List.of(send(chat, help(language)));
      case Event.Press p -> List.of(new Action.AnswerPress(p.callbackId(), Optional.empty()));
      case Event.Media m -> List.of(send(chat, messages.get(language, "run.textOnly")));
      case Event.Edited e -> List.of();
    };
  }

  private List<Action> answer(Event.Text text, Language fallback) {
    TriageResult result = triage.triage(text.text(), fallback);
    long chat = text.sender().chatId();
    Action reply = send(chat, replies.render(result.reply(), result.language()));
    if (result.reply() instanceof Reply.Urgent urgent) {
      return List.of(reply, new Action.HandOff(text.sender().userId(), chat, result.language(),
          Action.HandOff.Reason.URGENT, Optional.of(urgent.reason()), List.of(text.text())));
    }
    return List.of(reply);
  }

  private String help(Language language) {
    StringBuilder text = new StringBuilder(messages.get(language, "run.help"));
    for (String command : COMMANDS) {
      text.append("\n/").append(command).append(" — ").append(messages.get(language, "commands." + command));
    }
    return text.toString();
  }

  private static Action send(long chat, String text) {
    return new Action.Send(chat, text, Keyboard.NONE);
  }
}
