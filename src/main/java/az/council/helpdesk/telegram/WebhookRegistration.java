package az.council.helpdesk.telegram;

import az.council.helpdesk.config.ConfigException;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Tells Telegram where to post updates: {@code setWebhook} with the URL, the secret token and the update kinds
 * the bot handles. A 400 means Telegram will not post to that URL (not HTTPS, unresolvable host, a port it does
 * not allow), which retrying cannot fix, so it becomes a {@link ConfigException}; anything else is thrown for
 * the start-up retry.
 */
final class WebhookRegistration {
  private final TelegramClient client;
  private final Redaction redaction;

  WebhookRegistration(TelegramClient client, Redaction redaction) {
    this.client = client;
    this.redaction = redaction;
  }

  Boolean register(Webhook hook) throws TelegramApiException {
    SetWebhook request = new SetWebhook(hook.url().toString());
    request.setSecretToken(hook.secret().reveal());
    request.setAllowedUpdates(LongPolling.ALLOWED_UPDATES);
    try {
      return client.execute(request);
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      if (code != null && code == 400) {
        throw new ConfigException("Telegram refused the webhook " + hook.url() + " ("
            + redaction.redact(e.getApiResponse()) + "): give run --webhook a public https:// URL.");
      }
      throw e;
    }
  }
}
