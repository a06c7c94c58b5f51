package az.council.helpdesk.telegram;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a call to the Bot API came to, as far as the outbox is concerned. {@link #of} holds the rules: 429 is
 * retried after Telegram's {@code retry_after}; other 400s and 403 are final (a 403 means the user blocked the
 * bot or the bot left the chat); "message is not modified" is a success; a body that is not Telegram's JSON
 * (a proxy's 502 page arrives as error code 0, "Unable to deserialize response"), 5xx, 401/404 (a revoked
 * token is an operator's problem, not a reason to drop the user's answer) and network errors are retried.
 */
sealed interface SendResult {
  record Delivered() implements SendResult {}

  /**
   * Try again later: after {@code after} when Telegram said so, else after the backoff. {@code
   * possiblyDelivered} when the request may have reached Telegram (a timeout, a connection lost mid-call).
   */
  record Retry(Optional<Duration> after, boolean possiblyDelivered, boolean rateLimited, String reason)
      implements SendResult {}

  /** Telegram refused this call for good; the next one in the chat may go. */
  record Refused(String reason) implements SendResult {}

  /** The chat cannot be written to any more (403): drop what waits for it. */
  record ChatGone(String reason) implements SendResult {}

  static SendResult of(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof TelegramApiRequestException api) {
      return ofApi(api);
    }
    if (cause instanceof TelegramApiValidationException validation) {
      return new Refused("invalid request: " + validation.getMessage());
    }
    Throwable io = ioCause(cause);
    if (io instanceof ConnectException || io instanceof UnknownHostException || io instanceof NoRouteToHostException) {
      return new Retry(Optional.empty(), false, false, "cannot connect: " + io.getClass().getSimpleName());
    }
    if (io instanceof InterruptedIOException) {
      return new Retry(Optional.empty(), true, false, "timeout");
    }
    if (io != null) {
      return new Retry(Optional.empty(), true, false, "connection failed: " + io.getClass().getSimpleName());
    }
    return new Retry(Optional.empty(), false, false, cause.getClass().getSimpleName());
  }

  private static SendResult ofApi(TelegramApiRequestException api) {
    int code = api.getErrorCode() == null ? 0 : api.getErrorCode();
    String description = Optional.ofNullable(api.getApiResponse()).orElse(Optional.ofNullable(api.getMessage()).orElse(""));
    String lower = description.toLowerCase(Locale.ROOT);
    return switch (code) {
      case 429 -> new Retry(Optional.ofNullable(api.getParameters()).map(p -> p.getRetryAfter())
          .map(s -> Duration.ofSeconds(Math.max(1, s))), false, true, "429 " + description);
      case 400 -> lower.contains("message is not modified") ? new Delivered() : new Refused("400 " + description);
      case 403 -> new ChatGone("403 " + description);
      case 0 -> new Retry(Optional.empty(), true, false, "unreadable response (" + description + ")");
      default -> code >= 400 && code < 500 && code != 401 && code != 404 && code != 409
          ? new Refused(code + " " + description)
          : new Retry(Optional.empty(), false, false, code + " " + description);
    };
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static Throwable ioCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return t;
      }
    }
    return null;
  }
}
