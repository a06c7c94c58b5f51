package az.council.helpdesk.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The library's long-polling session, set up the way the adapter needs it: the configured URL (not the
 * library's default), this adapter's OkHttp client and named polling thread (the library never shuts down the
 * executor it is given), tolerant {@code getUpdates} parsing ({@link UpdateBatchReader}), and a stop that
 * aborts the long poll in progress instead of waiting out Telegram's hold.
 */
final class LongPolling {
  static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
      "my_chat_member", "channel_post");
  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
  private static final String SESSION_LOGGER = "org.telegram.telegrambots.longpolling.BotSession";

  private final String token;
  private final TelegramUrl url;
  private final Duration hold;
  private final TelegramHttp http;
  private final UpdateBatchReader reader;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(NamedThreads.named("tg-poll"));
  private final TelegramBotsLongPollingApplication application;

  LongPolling(String token, TelegramUrl url, Duration hold, TelegramHttp http, UpdateBatchReader reader) {
    this.token = token;
    this.url = url;
    this.hold = hold;
    this.http = http;
    this.reader = reader;
    this.application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http.polling, () -> poller);
  }

  /** Starts polling into {@code consumer}; throws when the API cannot be reached (the caller retries). */
  void register(LongPollingUpdateConsumer consumer) throws TelegramApiException {
    try {
      application.registerBot(token, () -> url, this::request, consumer);
    } catch (TelegramApiException e) {
      // registerBot keeps a session that failed to start (deleteWebhook failed); drop it so a retry can register.
      try {
        application.unregisterBot(token);
      } catch (TelegramApiException notRegistered) {
        // nothing to undo
      }
      throw e;
    }
  }

  private GetUpdates request(int lastId) {
    GetUpdates request = reader.new Request();
    request.setOffset(lastId + 1);
    request.setLimit(100);
    request.setTimeout((int) hold.toSeconds());
    request.setAllowedUpdates(ALLOWED_UPDATES);
    return request;
  }

  /**
   * Stops polling now. Aborting the long poll makes the session log "Error received from Telegram GetUpdates
   * Request"; that is expected here, so its logger is muted meanwhile.
   */
  @SuppressWarnings("try") // the resource only restores the logger's level
  void stop() throws InterruptedException {
    try (QuietLogger quiet = QuietLogger.mute(SESSION_LOGGER)) {
      try {
        application.close();
      } catch (Exception e) {
        log.warn("closing the polling session: {}", e.getClass().getSimpleName());
      }
      http.cancelPolling();
      // Interrupts the session's backoff sleep, if any; a batch being stored is not interruptible and completes.
      poller.shutdownNow();
      if (!poller.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("the polling thread did not stop within 5 s");
      }
    }
  }
}
