package az.council.helpdesk.telegram;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: one dispatcher thread asks the {@link SendSchedule} what may go now, makes the call
 * asynchronously, and a completion pool settles the row by the {@link SendResult} ({@link OutboxLedger}):
 * delete it, retry it later (backoff with jitter, or Telegram's {@code retry_after}), mark it failed, or drop
 * the chat's rows when the user blocked the bot.
 */
final class OutboxSender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final BotApi api;
  private final HandOffSink handOffs;
  private final ChatBlocks blocks;
  private final OutboxLedger ledger;
  private final Clock clock;
  private final ExecutorService completions;
  private final OutboxCodec codec = new OutboxCodec();
  private final SendSchedule schedule;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread dispatcher;
  private volatile boolean running = true;

  OutboxSender(Outbox outbox, BotApi api, HandOffSink handOffs, ChatBlocks blocks, SendLimits limits, int maxInFlight,
      Backoff backoff, DeliveryMetrics metrics, Clock clock, ThreadFactory dispatcherThread, ExecutorService completions) {
    this.outbox = outbox;
    this.api = api;
    this.handOffs = handOffs;
    this.blocks = blocks;
    this.ledger = new OutboxLedger(outbox, blocks, backoff, metrics);
    this.clock = clock;
    this.completions = completions;
    this.schedule = new SendSchedule(limits, maxInFlight, entry -> OutboxCodec.rate(entry.kind()));
    this.dispatcher = dispatcherThread.newThread(this::loop);
  }

  /** Loads what a previous run left in the outbox and starts delivering; returns how many rows were waiting. */
  int start() {
    List<OutboxEntry> pending = outbox.pending();
    add(pending);
    dispatcher.start();
    return pending.size();
  }

  void add(List<OutboxEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    lock.lock();
    try {
      schedule.add(entries);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Drops every waiting row of the chat (in the database and here); returns how many. */
  int dropChat(long chatId, String reason) {
    int dropped = outbox.dropChat(chatId, reason);
    lock.lock();
    try {
      schedule.dropChat(chatId);
    } finally {
      lock.unlock();
    }
    return dropped;
  }

  /** Rows waiting or in flight. */
  int waiting() {
    lock.lock();
    try {
      return schedule.size();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until nothing waits or {@code deadline} passed; returns whether the outbox is empty. */
  boolean drain(Duration deadline) throws InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    lock.lock();
    try {
      while (schedule.size() > 0) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void loop() {
    lock.lock();
    try {
      while (running) {
        switch (schedule.next(clock.millis())) {
          case SendSchedule.Next.Send send -> {
            lock.unlock();
            try {
              dispatch(send.entry());
            } finally {
              lock.lock();
            }
          }
          case SendSchedule.Next.WaitUntil wait -> {
            long millis = wait.millis() - clock.millis();
            if (millis > 0) {
              changed.await(millis, TimeUnit.MILLISECONDS);
            }
          }
          case SendSchedule.Next.Idle idle -> changed.await(1, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      log.error("the outbox dispatcher stopped: {}", t.getClass().getName(), t);
    } finally {
      lock.unlock();
    }
  }

  private void dispatch(OutboxEntry entry) {
    Outgoing call;
    try {
      call = codec.decode(entry);
    } catch (RuntimeException e) {
      settle(entry, new SendResult.Refused("unreadable outbox row: " + e.getClass().getSimpleName()));
      return;
    }
    if (!(call instanceof Outgoing.HandOff) && blocks.isBlocked(call.chatId())) {
      settle(entry, new SendResult.ChatGone("chat is blocked"));
      return;
    }
    CompletableFuture<?> future;
    try {
      future = call instanceof Outgoing.HandOff h
          ? CompletableFuture.runAsync(() -> handOff(entry.id(), h), completions)
          : api.call(ApiRequests.of(call));
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenCompleteAsync((ok, error) -> settle(entry,
        error == null ? new SendResult.Delivered() : SendResult.of(error)), completions);
  }

  private void handOff(long key, Outgoing.HandOff h) {
    try {
      handOffs.accept(key, h.request());
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  private void settle(OutboxEntry entry, SendResult result) {
    long now = clock.millis();
    OutboxLedger.Next next;
    try {
      next = ledger.settle(entry, result, now);
    } catch (RuntimeException e) {
      // The database failed while settling: keep the row pending and look at it again shortly.
      log.error("cannot settle outbox row #{} ({}); trying again in 5 s", entry.id(), e.getClass().getSimpleName());
      next = new OutboxLedger.Next.RetryAt(now + 5_000);
    }
    lock.lock();
    try {
      switch (next) {
        case OutboxLedger.Next.Finished f -> schedule.finished(entry, clock.millis());
        case OutboxLedger.Next.RetryAt r -> schedule.retry(entry, r.millis(), clock.millis());
        case OutboxLedger.Next.DropChat d -> {
          schedule.dropChat(d.chatId());
          schedule.finished(entry, clock.millis());
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the dispatcher and the completion pool; what is left stays in the outbox for the next start. */
  @Override
  public void close() {
    running = false;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    completions.shutdown();
    try {
      if (dispatcher.isAlive()) {
        dispatcher.join(TimeUnit.SECONDS.toMillis(5));
      }
      if (!completions.awaitTermination(5, TimeUnit.SECONDS)) {
        completions.shutdownNow();
      }
    } catch (InterruptedException e) {
      completions.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
