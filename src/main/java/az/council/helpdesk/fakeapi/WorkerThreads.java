package az.council.helpdesk.fakeapi;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's own executor: one named virtual thread per request (long polls just park), counted so a test can
 * prove that {@code close()} leaves none behind (virtual threads do not show in thread dumps).
 */
final class WorkerThreads implements AutoCloseable {
  private final AtomicInteger alive = new AtomicInteger();
  private final ExecutorService executor;

  WorkerThreads(String name) {
    ThreadFactory virtual = Thread.ofVirtual().name(name + "-", 0).factory();
    this.executor = Executors.newThreadPerTaskExecutor(task -> virtual.newThread(() -> {
      alive.incrementAndGet();
      try {
        task.run();
      } finally {
        alive.decrementAndGet();
      }
    }));
  }

  ExecutorService executor() {
    return executor;
  }

  int alive() {
    return alive.get();
  }

  /** Interrupts what still runs (parked long polls, delays) and waits for it to end. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("fake Bot API threads did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
