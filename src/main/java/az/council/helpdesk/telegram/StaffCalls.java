package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.Mention;
import az.council.helpdesk.cases.Placement;
import az.council.helpdesk.cases.StaffAction;
import java.io.Serializable;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.forum.CloseForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.EditForumTopic;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The Bot API call for each {@link StaffAction} (the table in the cases desk's API). Text goes out plain, with
 * {@code text_mention} entities for mentions, so nothing a member or user writes can break formatting.
 */
final class StaffCalls {
  private static final int LIMIT = 4096;

  private StaffCalls() {}

  static BotApiMethod<? extends Serializable> of(StaffAction action) {
    return switch (action) {
      case StaffAction.CreateTopic t -> CreateForumTopic.builder().chatId(t.chatId()).name(t.name())
          .iconColor(t.iconColor()).build();
      case StaffAction.RenameTopic r -> EditForumTopic.builder().chatId(r.chatId()).messageThreadId(r.threadId())
          .name(r.name()).build();
      case StaffAction.CloseTopic c -> CloseForumTopic.builder().chatId(c.chatId()).messageThreadId(c.threadId()).build();
      case StaffAction.PostToStaff p -> SendMessage.builder().chatId(p.chatId())
          .text(p.mentions().isEmpty() ? fit(p.text()) : p.text()) // cleaning could shift the mentions' offsets
          .messageThreadId(p.where().threadId().orElse(null)).replyParameters(reply(p.where()))
          .entities(mentions(p.mentions())).replyMarkup(ApiRequests.markup(TelegramText.clean(p.keyboard()))).build();
      case StaffAction.EditStaffPost e -> EditMessageText.builder().chatId(e.chatId()).messageId(e.messageId())
          .text(fit(e.text())).replyMarkup(ApiRequests.markup(TelegramText.clean(e.keyboard()))).build();
      case StaffAction.CopyToStaff c -> CopyMessage.builder().fromChatId(c.fromChatId()).messageId(c.messageId())
          .chatId(c.chatId()).messageThreadId(c.where().threadId().orElse(null)).replyParameters(reply(c.where()))
          .build();
      case StaffAction.SendToUser s -> SendMessage.builder().chatId(s.chatId()).text(fit(s.text()))
          .replyMarkup(ApiRequests.markup(TelegramText.clean(s.keyboard()))).build();
      case StaffAction.CopyToUser c -> CopyMessage.builder().fromChatId(c.fromChatId()).messageId(c.messageId())
          .chatId(c.chatId()).caption(c.caption().map(TelegramText::clean).orElse(null)).build();
      case StaffAction.EditUserText e -> EditMessageText.builder().chatId(e.chatId()).messageId(e.messageId())
          .text(fit(e.text())).replyMarkup(ApiRequests.markup(TelegramText.clean(e.keyboard()))).build();
      case StaffAction.EditUserCaption e -> EditMessageCaption.builder().chatId(e.chatId()).messageId(e.messageId())
          .caption(TelegramText.clean(e.caption())).build();
      case StaffAction.AnswerPress a -> AnswerCallbackQuery.builder().callbackQueryId(a.callbackId())
          .text(a.notice().map(TelegramText::notice).filter(n -> !n.isBlank()).orElse(null)).build();
      case StaffAction.NotifyMember n -> SendMessage.builder().chatId(n.memberId()).text(fit(n.text()))
          .build();
    };
  }

  /** Whether the call writes to a user's private chat (paced like the outbox: one message a second per chat). */
  static boolean toUser(StaffAction action) {
    return action instanceof StaffAction.SendToUser || action instanceof StaffAction.CopyToUser
        || action instanceof StaffAction.EditUserText || action instanceof StaffAction.EditUserCaption;
  }

  static long userChat(StaffAction action) {
    return switch (action) {
      case StaffAction.SendToUser s -> s.chatId();
      case StaffAction.CopyToUser c -> c.chatId();
      case StaffAction.EditUserText e -> e.chatId();
      case StaffAction.EditUserCaption e -> e.chatId();
      default -> 0;
    };
  }

  /** Cleaned and cut to Telegram's 4,096 characters (a member's long text plus its label could exceed it). */
  static String fit(String text) {
    String clean = TelegramText.clean(text);
    return clean.length() <= LIMIT ? clean : clean.substring(0, LIMIT - 1) + "…";
  }

  private static ReplyParameters reply(Placement where) {
    return where.replyTo().map(id -> ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build())
        .orElse(null);
  }

  private static List<MessageEntity> mentions(List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return null;
    }
    return mentions.stream().<MessageEntity>map(m -> MessageEntity.builder().type("text_mention").offset(m.offset())
        .length(m.length()).user(User.builder().id(m.userId()).firstName("member").isBot(false).build()).build())
        .toList();
  }
}
