package az.council.helpdesk.conversation;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.util.List;
import java.util.Optional;

/**
 * What the conversation asks the outside world to do. Text is plain (no Markdown or HTML parse mode), so
 * nothing a user or an FAQ editor writes can break formatting; the adapter splits text over 4,096 characters.
 */
public sealed interface Action {

  /** Send a new message. */
  record Send(long chatId, String text, Keyboard keyboard) implements Action {}

  /** Replace the text and buttons of an earlier message (menus navigate by editing, not by flooding). */
  record Edit(long chatId, int messageId, String text, Keyboard keyboard) implements Action {}

  /** Acknowledge a button press (Telegram shows a spinner until this arrives), optionally with a toast. */
  record AnswerPress(String callbackId, Optional<String> notice) implements Action {}

  /**
   * Hand the user to a Council member. {@code urgency} is present when the triage flagged the message;
   * {@code recentQuestions} gives the member context (the case summary).
   */
  record HandOff(long userId, long chatId, Language language, Reason reason, Optional<Urgency> urgency,
      List<String> recentQuestions) implements Action {
    public enum Reason { USER_ASKED, URGENT, UNHELPFUL_ANSWERS }

    public HandOff {
      recentQuestions = List.copyOf(recentQuestions);
    }
  }
}
