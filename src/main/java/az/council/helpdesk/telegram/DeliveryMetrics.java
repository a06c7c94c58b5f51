package az.council.helpdesk.telegram;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what the adapter did, for the log summary at shutdown, tests and (later) the metrics endpoint.
 * {@code possibleDuplicates} counts retries of sends that may already have reached Telegram (a timeout or a
 * dropped connection after the request was written): each can show the user a message twice.
 */
public final class DeliveryMetrics {
  final LongAdder updatesStored = new LongAdder();
  final LongAdder updatesRedelivered = new LongAdder();
  final LongAdder poisonUpdates = new LongAdder();
  final LongAdder updatesHandled = new LongAdder();
  final LongAdder updatesFailed = new LongAdder();
  final LongAdder intakeErrors = new LongAdder();
  final LongAdder delivered = new LongAdder();
  final LongAdder retries = new LongAdder();
  final LongAdder rateLimited = new LongAdder();
  final LongAdder permanentFailures = new LongAdder();
  final LongAdder blockedChats = new LongAdder();
  final LongAdder possibleDuplicates = new LongAdder();
  private final java.util.concurrent.atomic.AtomicLong lastPollMillis = new java.util.concurrent.atomic.AtomicLong();

  void polled(long epochMillis) {
    lastPollMillis.set(epochMillis);
  }

  /** When a getUpdates answer was last read (empty before the first); the health check watches it. */
  public java.util.Optional<java.time.Instant> lastPoll() {
    long millis = lastPollMillis.get();
    return millis == 0 ? java.util.Optional.empty() : java.util.Optional.of(java.time.Instant.ofEpochMilli(millis));
  }

  /** A consistent-enough copy of the counters. */
  public Snapshot snapshot() {
    return new Snapshot(updatesStored.sum(), updatesRedelivered.sum(), poisonUpdates.sum(), updatesHandled.sum(),
        updatesFailed.sum(), intakeErrors.sum(), delivered.sum(), retries.sum(), rateLimited.sum(),
        permanentFailures.sum(), blockedChats.sum(), possibleDuplicates.sum());
  }

  /** The counters at one moment. */
  public record Snapshot(long updatesStored, long updatesRedelivered, long poisonUpdates, long updatesHandled,
      long updatesFailed, long intakeErrors, long delivered, long retries, long rateLimited, long permanentFailures,
      long blockedChats, long possibleDuplicates) {}
}
