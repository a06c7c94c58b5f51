package az.council.helpdesk.telegram;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The one Bot API operation the outbox needs: make a call, asynchronously. Tests substitute a fake. */
@FunctionalInterface
interface BotApi {
  CompletableFuture<? extends Serializable> call(BotApiMethod<? extends Serializable> method);

  /** Calls through the library's OkHttp client; a request that fails validation becomes a failed future. */
  static BotApi over(OkHttpTelegramClient client) {
    return new BotApi() {
      @Override
      public CompletableFuture<? extends Serializable> call(BotApiMethod<? extends Serializable> method) {
        return typed(method);
      }

      private <T extends Serializable> CompletableFuture<T> typed(BotApiMethod<T> method) {
        try {
          return client.executeAsync(method);
        } catch (TelegramApiException e) {
          return CompletableFuture.failedFuture(e);
        }
      }
    };
  }
}
