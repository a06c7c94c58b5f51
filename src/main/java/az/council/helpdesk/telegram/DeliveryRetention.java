package az.council.helpdesk.telegram;

import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.UpdateInbox;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the delivery tables small and free of old text: handled update ids older than {@link #UPDATES} and
 * refused or dropped outbox rows (which hold the bot's message text) older than {@link #OUTBOX} are deleted
 * at start and then daily. (A handled update's own text is already erased when it is handled.)
 */
final class DeliveryRetention implements AutoCloseable {
  static final Duration UPDATES = Duration.ofDays(7);
  static final Duration OUTBOX = Duration.ofDays(30);
  private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);
  private final UpdateInbox inbox;
  private final Outbox outbox;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(NamedThreads.named("tg-retention"));

  DeliveryRetention(UpdateInbox inbox, Outbox outbox, Clock clock) {
    this.inbox = inbox;
    this.outbox = outbox;
    this.clock = clock;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::prune, 0, 1, TimeUnit.DAYS);
  }

  void prune() {
    try {
      long now = clock.millis();
      int updates = inbox.prune(now - UPDATES.toMillis());
      int rows = outbox.prune(now - OUTBOX.toMillis());
      if (updates + rows > 0) {
        log.info("retention: deleted {} old update ids and {} old failed or dropped outbox rows", updates, rows);
      }
    } catch (RuntimeException e) {
      log.warn("retention pass failed ({}); trying again tomorrow", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
