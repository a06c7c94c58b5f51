package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Keyboard;
import java.io.Serializable;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The Bot API call for an outgoing item. Text goes out plain (no {@code parse_mode}), so Markdown or HTML
 * characters in answers and echoed user text are shown as typed and can never make Telegram refuse a message.
 */
final class ApiRequests {
  private ApiRequests() {}

  /** The call for {@code call}; hand-offs are not Bot API calls and have none. */
  static BotApiMethod<? extends Serializable> of(Outgoing call) {
    return switch (call) {
      case Outgoing.Message m -> SendMessage.builder().chatId(m.chatId()).text(m.text())
          .replyMarkup(markup(m.keyboard())).build();
      case Outgoing.EditText e -> EditMessageText.builder().chatId(e.chatId()).messageId(e.messageId()).text(e.text())
          .replyMarkup(markup(e.keyboard())).build();
      case Outgoing.Answer a -> AnswerCallbackQuery.builder().callbackQueryId(a.callbackId())
          .text(a.notice().orElse(null)).build();
      case Outgoing.Leave l -> LeaveChat.builder().chatId(l.chatId()).build();
      case Outgoing.HandOff h -> throw new IllegalArgumentException("a hand-off is not a Bot API call");
    };
  }

  /** Inline buttons, or {@code null} for none (for an edit this removes the old buttons, as intended). */
  static InlineKeyboardMarkup markup(Keyboard keyboard) {
    if (keyboard.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = keyboard.rows().stream()
        .map(row -> new InlineKeyboardRow(row.stream()
            .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
            .toList()))
        .toList();
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
