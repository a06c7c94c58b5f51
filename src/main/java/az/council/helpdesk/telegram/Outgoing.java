package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call waiting in the outbox, already sized for Telegram (text split into parts). {@link #chatId()} orders
 * it: calls for one chat go out in the order they were queued.
 */
sealed interface Outgoing {
  long chatId();

  /** How a call counts against Telegram's limits. */
  enum Rate { MESSAGE, BOT_ONLY, NONE }

  default Rate rate() {
    return switch (this) {
      case Message m -> Rate.MESSAGE;
      case EditText e -> Rate.MESSAGE;
      case Leave l -> Rate.MESSAGE;
      case Answer a -> Rate.BOT_ONLY;
      case HandOff h -> Rate.NONE;
    };
  }

  record Message(long chatId, String text, Keyboard keyboard) implements Outgoing {}

  record EditText(long chatId, int messageId, String text, Keyboard keyboard) implements Outgoing {}

  /** Answers a button press; {@code chatId} is the chat of the pressed message (for ordering only). */
  record Answer(long chatId, String callbackId, Optional<String> notice) implements Outgoing {}

  record HandOff(Action.HandOff request) implements Outgoing {
    @Override
    public long chatId() {
      return request.chatId();
    }
  }

  /** Leave a group the bot was added to without being asked. */
  record Leave(long chatId) implements Outgoing {}

  /**
   * The calls for the actions of one event from {@code chatId}: long texts become several messages (the
   * keyboard goes under the last one); a long edit keeps its first part and sends the rest as new messages.
   * Blank texts are dropped, since Telegram refuses them.
   */
  static List<Outgoing> plan(List<Action> actions, long chatId, TextSplitter splitter) {
    List<Outgoing> calls = new ArrayList<>();
    for (Action action : actions) {
      switch (action) {
        case Action.Send s -> messages(calls, s.chatId(), splitter.split(TelegramText.clean(s.text())), s.keyboard());
        case Action.Edit e -> {
          List<String> parts = splitter.split(TelegramText.clean(e.text()));
          if (!parts.isEmpty()) {
            Keyboard first = parts.size() == 1 ? e.keyboard() : Keyboard.NONE;
            calls.add(new EditText(e.chatId(), e.messageId(), parts.get(0), TelegramText.clean(first)));
            messages(calls, e.chatId(), parts.subList(1, parts.size()), e.keyboard());
          }
        }
        case Action.AnswerPress a -> calls.add(new Answer(chatId, a.callbackId(),
            a.notice().map(TelegramText::notice).filter(n -> !n.isBlank())));
        case Action.HandOff h -> calls.add(new HandOff(h));
      }
    }
    return calls;
  }

  private static void messages(List<Outgoing> calls, long chatId, List<String> parts, Keyboard keyboard) {
    for (int i = 0; i < parts.size(); i++) {
      calls.add(new Message(chatId, parts.get(i), i == parts.size() - 1 ? TelegramText.clean(keyboard) : Keyboard.NONE));
    }
  }
}
