package az.council.helpdesk.fakeapi;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The fake's own executor: one named virtual thread per request (long polls just park), tracked so that
 * {@code close()} returns only once every one has ended, and a test can check it (virtual threads do not show in
 * thread dumps).
 */
final class WorkerThreads implements AutoCloseable {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final Set<Thread> live = ConcurrentHashMap.newKeySet();
  private final ExecutorService executor;

  WorkerThreads(String name) {
    ThreadFactory virtual = Thread.ofVirtual().name(name + "-", 0).factory();
    this.executor = Executors.newThreadPerTaskExecutor(task -> {
      Thread[] self = new Thread[1];
      self[0] = virtual.newThread(() -> {
        try {
          task.run();
        } finally {
          live.remove(self[0]);
        }
      });
      live.add(self[0]);
      return self[0];
    });
  }

  ExecutorService executor() {
    return executor;
  }

  int alive() {
    return live.size();
  }

  /** Interrupts what still runs (parked long polls, delays) and waits until every thread has ended. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("fake Bot API threads did not stop within " + STOP_TIMEOUT);
      }
      live.removeIf(t -> t.getState() == Thread.State.NEW); // refused at shutdown, never ran
      for (Thread t : List.copyOf(live)) {
        if (!t.join(STOP_TIMEOUT)) {
          throw new IllegalStateException("fake Bot API thread " + t.getName() + " did not stop");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
