package az.council.helpdesk.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Retention#purge()} at start and then every day on its own named thread, until closed. A failed
 * run is logged and the next one still happens (an exception would otherwise cancel the schedule silently).
 */
public final class DailyPurge implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DailyPurge.class);
  private final ScheduledExecutorService executor;

  private DailyPurge(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts purging now and then once a day. */
  public static DailyPurge start(Retention retention) {
    return start(retention, Duration.ofDays(1));
  }

  /** Starts purging now and then every {@code period} (tests use a short one). */
  static DailyPurge start(Retention retention, Duration period) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("retention-purge").daemon(true).factory());
    executor.scheduleAtFixedRate(() -> {
      try {
        retention.purge();
      } catch (RuntimeException e) {
        LOG.error("Retention purge failed; will retry at the next run", e);
      }
    }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    return new DailyPurge(executor);
  }

  /** Stops the schedule and waits briefly for a running purge to finish; idempotent. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
