package az.council.helpdesk.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.DoubleSupplier;

/**
 * What an operator needs to see of a running bot, in Prometheus form. One instance, created at start-up
 * and passed to whoever counts; its own registry (not the library's global default) so tests stay isolated.
 */
public final class BotMetrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final java.util.List<Runnable> syncs = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Counter updates = Counter.builder().name("helpdesk_updates_processed_total")
      .help("Telegram updates processed, by outcome").labelNames("outcome").register(registry);
  private final Counter answers = Counter.builder().name("helpdesk_answers_total")
      .help("Questions answered, by the kind of reply").labelNames("reply").register(registry);
  private final Counter escalations = Counter.builder().name("helpdesk_escalations_total")
      .help("Hand-offs to a Council member, by reason").labelNames("reason").register(registry);
  private final Counter sendErrors = Counter.builder().name("helpdesk_send_errors_total")
      .help("Failed Bot API sends, by kind (transient, permanent, timeout)").labelNames("kind").register(registry);
  private final Histogram searchSeconds = Histogram.builder().name("helpdesk_search_seconds")
      .help("Time to triage one question").classicOnly()
      .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5)
      .register(registry);

  public void updateProcessed(String outcome) {
    updateProcessed(outcome, 1);
  }

  public void updateProcessed(String outcome, long count) {
    if (count > 0) {
      updates.labelValues(outcome).inc(count);
    }
  }

  public void answered(String reply) {
    answers.labelValues(reply).inc();
  }

  public void escalated(String reason) {
    escalations.labelValues(reason).inc();
  }

  public void sendFailed(String kind) {
    sendFailed(kind, 1);
  }

  public void sendFailed(String kind, long count) {
    if (count > 0) {
      sendErrors.labelValues(kind).inc(count);
    }
  }

  public void searched(long nanos) {
    searchSeconds.observe(nanos / 1e9);
  }

  /** A gauge read at scrape time, e.g. the outbox depth from the database. */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsDouble())).register(registry);
  }

  /** Runs {@code sync} before each scrape, so counters kept elsewhere (the adapter's) are copied in, not double-counted. */
  public void beforeScrape(Runnable sync) {
    syncs.add(sync);
  }

  void sync() {
    syncs.forEach(Runnable::run);
  }

  PrometheusRegistry registry() {
    return registry;
  }
}
