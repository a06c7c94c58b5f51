package az.council.helpdesk.telegram;

import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.OutboxEntry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what a call came to, in the outbox table, the metrics and the log, and says what the schedule must
 * do next. Logging stays readable through an outage: one WARN when calls start failing and one INFO when they
 * work again, per-row details at DEBUG; a blocked chat is one INFO line.
 */
final class OutboxLedger {
  static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
  private static final Logger log = LoggerFactory.getLogger(OutboxLedger.class);

  /** What the schedule does with the row. */
  sealed interface Next {
    /** The row is settled: the chat moves on. */
    record Finished() implements Next {}

    /** Try the row again not before this time. */
    record RetryAt(long millis) implements Next {}

    /** The chat is gone: forget its waiting rows, then move on. */
    record DropChat(long chatId) implements Next {}
  }

  private final Outbox outbox;
  private final ChatBlocks blocks;
  private final Backoff backoff;
  private final DeliveryMetrics metrics;
  private final AtomicBoolean failing = new AtomicBoolean();

  OutboxLedger(Outbox outbox, ChatBlocks blocks, Backoff backoff, DeliveryMetrics metrics) {
    this.outbox = outbox;
    this.blocks = blocks;
    this.backoff = backoff;
    this.metrics = metrics;
  }

  Next settle(OutboxEntry entry, SendResult result, long now) {
    if (result instanceof SendResult.Retry r && now - entry.createdAtMillis() > GIVE_UP_AFTER.toMillis()) {
      result = new SendResult.Refused("gave up after " + GIVE_UP_AFTER.toHours() + " h: " + r.reason());
    }
    return switch (result) {
      case SendResult.Delivered d -> delivered(entry);
      case SendResult.Retry r -> retry(entry, r, now);
      case SendResult.Refused r -> {
        outbox.failed(entry.id(), r.reason());
        metrics.permanentFailures.increment();
        log.warn("Telegram refused {} #{} to chat {}: {}", entry.kind(), entry.id(), entry.chatId(), r.reason());
        yield new Next.Finished();
      }
      case SendResult.ChatGone g -> gone(entry, g);
    };
  }

  private Next delivered(OutboxEntry entry) {
    outbox.delivered(entry.id());
    metrics.delivered.increment();
    if (failing.compareAndSet(true, false)) {
      log.info("Bot API calls succeed again");
    }
    return new Next.Finished();
  }

  private Next retry(OutboxEntry entry, SendResult.Retry r, long now) {
    long notBefore = now + r.after().orElseGet(() -> backoff.delay(entry.attempts() + 1)).toMillis();
    metrics.retries.increment();
    if (r.rateLimited()) {
      metrics.rateLimited.increment();
      log.info("Telegram asks to slow down ({}): chat {} waits {} ms", r.reason(), entry.chatId(), notBefore - now);
    } else if (failing.compareAndSet(false, true)) {
      log.warn("Bot API calls are failing ({}); retrying with backoff", r.reason());
    } else {
      log.debug("{} #{} to chat {} failed ({}); attempt {} in {} ms", entry.kind(), entry.id(), entry.chatId(),
          r.reason(), entry.attempts() + 2, notBefore - now);
    }
    if (r.possiblyDelivered() && !entry.kind().equals("handoff")) {
      metrics.possibleDuplicates.increment();
      log.info("{} #{} to chat {} may have arrived despite the failure ({}); resending may show it twice",
          entry.kind(), entry.id(), entry.chatId(), r.reason());
    }
    outbox.retryLater(entry.id(), entry.attempts() + 1, notBefore, r.reason());
    return new Next.RetryAt(notBefore);
  }

  private Next gone(OutboxEntry entry, SendResult.ChatGone g) {
    long chatId = entry.chatId();
    boolean fresh = blocks.block(chatId, g.reason());
    int dropped = outbox.dropChat(chatId, g.reason());
    if (fresh) {
      metrics.blockedChats.increment();
      log.info("chat {} cannot be written to ({}); {} waiting messages dropped, none retried", chatId, g.reason(),
          dropped);
    }
    return new Next.DropChat(chatId);
  }
}
