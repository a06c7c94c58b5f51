package az.council.helpdesk.telegram;

import az.council.helpdesk.stats.desk.SecretaryAction;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out the secretary's desk's actions ({@code /stats}, {@code /export}, {@code /log}) with the Bot API,
 * in order, directly rather than through the outbox: they answer a staff person who is waiting, and an export's
 * files exist only until {@link SecretaryAction.DiscardFiles}. A failed call is logged and the rest still run;
 * the export directory is deleted either way (the secretary can simply ask again).
 */
public final class SecretaryGateway {
  private static final Logger LOG = LoggerFactory.getLogger(SecretaryGateway.class);

  private final TelegramClient client;

  public SecretaryGateway(TelegramClient client) {
    this.client = client;
  }

  /** Runs {@code actions} in order; returns how many Bot API calls failed (0 when all went through). */
  public int execute(List<SecretaryAction> actions) {
    int failed = 0;
    for (SecretaryAction action : actions) {
      try {
        run(action);
      } catch (TelegramApiException e) {
        failed++;
        LOG.warn("secretary: {} failed: {}", action.getClass().getSimpleName(), e.getMessage());
      }
    }
    return failed;
  }

  private void run(SecretaryAction action) throws TelegramApiException {
    switch (action) {
      case SecretaryAction.SendText s -> client.execute(SendMessage.builder().chatId(s.to().chatId())
          .messageThreadId(s.to().threadId().orElse(null)).text(TelegramText.clean(s.text()))
          .replyMarkup(ApiRequests.markup(TelegramText.clean(s.keyboard()))).build());
      case SecretaryAction.SendDocument d -> client.execute(SendDocument.builder().chatId(d.to().chatId())
          .messageThreadId(d.to().threadId().orElse(null)).document(new InputFile(d.file().toFile()))
          .caption(d.caption()).build());
      case SecretaryAction.SendPhoto p -> client.execute(SendPhoto.builder().chatId(p.to().chatId())
          .messageThreadId(p.to().threadId().orElse(null)).photo(new InputFile(p.file().toFile()))
          .caption(p.caption()).build());
      case SecretaryAction.EditText e -> client.execute(EditMessageText.builder().chatId(e.chatId())
          .messageId(e.messageId()).text(TelegramText.clean(e.text()))
          .replyMarkup(ApiRequests.markup(TelegramText.clean(e.keyboard()))).build());
      case SecretaryAction.AnswerPress a -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(a.pressId())
          .text(a.notice().map(n -> n.length() > TelegramText.NOTICE_LIMIT
              ? n.substring(0, TelegramText.NOTICE_LIMIT) : n).orElse(null)).build());
      case SecretaryAction.DiscardFiles d -> d.deleteNow();
    }
  }
}
