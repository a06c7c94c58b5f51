package az.council.helpdesk.telegram;

import az.council.helpdesk.config.ConfigException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Start-up steps that need the Bot API (getMe, registering the long poll) are tried until they work, with
 * backoff, so a bot started while the network or Telegram is down comes up by itself instead of exiting.
 * {@link #cancel()} (shutdown) ends the waiting at once. A {@link ConfigException} is not retried.
 */
final class StartupRetry {
  private static final Logger log = LoggerFactory.getLogger(StartupRetry.class);
  private final Backoff backoff;
  private final Redaction redaction;
  private final String where;
  private final CountDownLatch cancelled = new CountDownLatch(1);

  StartupRetry(Backoff backoff, Redaction redaction, String where) {
    this.backoff = backoff;
    this.redaction = redaction;
    this.where = where;
  }

  /** One step. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws TelegramApiException;
  }

  /** The step's result once it succeeds; empty when cancelled first. */
  <T> Optional<T> until(String what, Step<T> step) {
    for (int attempt = 1; cancelled.getCount() > 0; attempt++) {
      try {
        return Optional.of(step.run());
      } catch (ConfigException e) {
        throw e;
      } catch (TelegramApiException | RuntimeException e) {
        Duration wait = backoff.delay(attempt);
        log.warn("{} failed ({}) at {}; retrying in {} ms", what, redaction.describe(e), where, wait.toMillis());
        try {
          if (cancelled.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            break;
          }
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return Optional.empty();
  }

  void cancel() {
    cancelled.countDown();
  }
}
