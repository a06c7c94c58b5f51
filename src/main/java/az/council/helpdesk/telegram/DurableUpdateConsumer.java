package az.council.helpdesk.telegram;

import az.council.helpdesk.store.InboundUpdate;
import az.council.helpdesk.store.StoredUpdate;
import az.council.helpdesk.store.UpdateInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes each {@code getUpdates} batch from the polling session and stores it in SQLite before returning. The
 * session confirms a batch to Telegram with its next poll, so returning only after the batch is durable means
 * a crash can never lose an update Telegram considers delivered (the stock consumer merely queues the batch).
 * Nothing escapes {@link #consume}: an exception there would stop polling for good, silently. If the
 * database refuses the batch, this waits and tries again, holding the poll back, because returning would
 * confirm updates that were not stored.
 */
final class DurableUpdateConsumer implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(DurableUpdateConsumer.class);
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private final UpdateInbox inbox;
  private final UpdateBatchReader reader;
  private final Consumer<List<StoredUpdate>> worker;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final Backoff backoff;
  private final ObjectMapper json = new ObjectMapper();
  private final CountDownLatch closed = new CountDownLatch(1);

  DurableUpdateConsumer(UpdateInbox inbox, UpdateBatchReader reader, Consumer<List<StoredUpdate>> worker,
      DeliveryMetrics metrics, Clock clock, Backoff backoff) {
    this.inbox = inbox;
    this.reader = reader;
    this.worker = worker;
    this.metrics = metrics;
    this.clock = clock;
    this.backoff = backoff;
  }

  @Override
  public void consume(List<Update> updates) {
    try {
      List<InboundUpdate> batch = new ArrayList<>(updates.size());
      for (Update update : updates) {
        batch.add(inbound(update, reader.take(update.getUpdateId()).orElse(null)));
      }
      handOver(batch, store(batch));
    } catch (Throwable t) {
      // Never rethrow: the session runs on scheduleAtFixedRate, which stops for good on an exception.
      metrics.intakeErrors.increment();
      log.error("could not take a batch of {} updates ({}); Telegram will deliver the unconfirmed ones again",
          updates == null ? 0 : updates.size(), t.getClass().getName());
    }
  }

  /**
   * One update from a webhook request, stored before this returns (a poison one is stored as a skipped id, one
   * without an id is dropped); throws when the database refuses it, so the request is answered with an error
   * and Telegram delivers the update again. No retry here: Telegram's redelivery is the retry.
   */
  void storeWebhookUpdate(String body) throws Exception {
    var read = reader.readOne(body);
    if (read.isPresent()) {
      List<InboundUpdate> batch = List.of(inbound(read.get().update(), read.get().json()));
      handOver(batch, inbox.store(batch, clock.millis()));
    }
  }

  private void handOver(List<InboundUpdate> batch, List<StoredUpdate> fresh) {
    metrics.updatesStored.add(fresh.size());
    metrics.updatesRedelivered.add(batch.stream().filter(u -> !u.poison()).count() - fresh.size());
    if (!fresh.isEmpty()) {
      worker.accept(fresh);
    }
  }

  private InboundUpdate inbound(Update update, String raw) throws Exception {
    if (UpdateBatchReader.POISON.equals(raw)) {
      return new InboundUpdate(update.getUpdateId(), 0, "{}", true);
    }
    String payload = raw != null ? raw : json.writeValueAsString(update);
    long chatId;
    try {
      chatId = UpdateRouter.chatOf(update);
    } catch (RuntimeException e) {
      chatId = 0; // a malformed update still gets stored; the processor will mark it failed
    }
    return new InboundUpdate(update.getUpdateId(), chatId, payload, false);
  }

  private List<StoredUpdate> store(List<InboundUpdate> batch) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return inbox.store(batch, clock.millis());
      } catch (RuntimeException e) {
        Duration wait = backoff.delay(attempt);
        wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        log.error("cannot store {} updates (attempt {}: {}); polling waits {} ms", batch.size(), attempt,
            e.getClass().getSimpleName(), wait.toMillis());
        if (closed.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("closing before the batch could be stored");
        }
      }
    }
  }

  /** Nothing to release: the bot owns the lifecycle (the session calls this when it is unregistered). */
  @Override
  public void close() {}

  /** Stops waiting for the database (shutdown); an unstored batch is simply not confirmed to Telegram. */
  void stopRetrying() {
    closed.countDown();
  }
}
