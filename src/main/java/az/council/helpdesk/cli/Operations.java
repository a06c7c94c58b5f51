package az.council.helpdesk.cli;

import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.ops.BotMetrics;
import az.council.helpdesk.ops.HealthServer;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.telegram.DeliveryMetrics;
import az.council.helpdesk.telegram.TelegramBot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The optional operations endpoint of {@code run}: started when {@code HELPDESK_HTTP_PORT} is set, bound to
 * {@code HELPDESK_HTTP_HOST} (default 127.0.0.1). {@code /healthz} fails when polling has not completed a cycle
 * for three poll timeouts or the database does not answer; {@code /metrics} copies the adapter's own delivery
 * counters in at each scrape (so nothing is counted twice) and shows the outbox depth.
 */
final class Operations {
  static final String PORT = "HELPDESK_HTTP_PORT";
  static final String HOST = "HELPDESK_HTTP_HOST";

  private Operations() {}

  /** The endpoint, or empty when {@code HELPDESK_HTTP_PORT} is not set. */
  static Optional<HealthServer> start(Map<String, String> environment, BotMetrics metrics, TelegramBot bot,
      Database database, Clock clock) {
    String port = environment.getOrDefault(PORT, "").strip();
    if (port.isEmpty()) {
      return Optional.empty();
    }
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || number > 65_535) {
      throw new ConfigException(PORT + " is '" + port + "' but must be a TCP port (0-65535).");
    }
    feed(metrics, bot);
    Instant started = clock.instant();
    return Optional.of(HealthServer.start(environment.getOrDefault(HOST, "127.0.0.1").strip(), number, metrics,
        () -> health(bot, database, clock, started)));
  }

  static Optional<String> health(TelegramBot bot, Database database, Clock clock, Instant started) {
    Duration limit = bot.pollTimeout().multipliedBy(3);
    Instant last = bot.metrics().lastPoll().orElse(started);
    Duration since = Duration.between(last, clock.instant());
    if (bot.polls() && since.compareTo(limit) > 0) {
      return Optional.of("polling has not completed a cycle for " + since.toSeconds() + " s");
    }
    if (!database.ping()) {
      return Optional.of("the database does not answer");
    }
    return Optional.empty();
  }

  /** Copies the adapter's counters into the Prometheus counters at each scrape, as increments since the last. */
  static void feed(BotMetrics metrics, TelegramBot bot) {
    Delta handled = new Delta(DeliveryMetrics.Snapshot::updatesHandled);
    Delta failed = new Delta(DeliveryMetrics.Snapshot::updatesFailed);
    Delta poison = new Delta(DeliveryMetrics.Snapshot::poisonUpdates);
    Delta retries = new Delta(DeliveryMetrics.Snapshot::retries);
    Delta limited = new Delta(DeliveryMetrics.Snapshot::rateLimited);
    Delta permanent = new Delta(DeliveryMetrics.Snapshot::permanentFailures);
    metrics.beforeScrape(() -> {
      DeliveryMetrics.Snapshot now = bot.metrics().snapshot();
      metrics.updateProcessed("handled", handled.next(now));
      metrics.updateProcessed("failed", failed.next(now));
      metrics.updateProcessed("unreadable", poison.next(now));
      metrics.sendFailed("transient", retries.next(now));
      metrics.sendFailed("rate_limited", limited.next(now));
      metrics.sendFailed("permanent", permanent.next(now));
    });
    metrics.gauge("helpdesk_outbox_depth", "Outgoing calls waiting or in flight", bot::outboxDepth);
  }

  /** The growth of one counter since the previous scrape (scrapes are serialised by the caller's lock). */
  private static final class Delta {
    private final ToLongFunction<DeliveryMetrics.Snapshot> counter;
    private long seen;

    Delta(ToLongFunction<DeliveryMetrics.Snapshot> counter) {
      this.counter = counter;
    }

    synchronized long next(DeliveryMetrics.Snapshot snapshot) {
      long value = counter.applyAsLong(snapshot);
      long grown = Math.max(0, value - seen);
      seen = value;
      return grown;
    }
  }
}
