package az.council.helpdesk.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a pool so that the tasks of one chat run one after another, in the order submitted, while
 * different chats run in parallel. After each task the chat goes to the back of the pool's queue, so one
 * busy chat cannot starve the others.
 */
final class ChatLanes {
  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);
  private final ExecutorService pool;
  private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
  private boolean stopping;

  ChatLanes(ExecutorService pool) {
    this.pool = pool;
  }

  void submit(long chatId, Runnable task) {
    synchronized (this) {
      if (stopping) {
        return;
      }
      Deque<Runnable> lane = waiting.get(chatId);
      if (lane != null) {
        lane.addLast(task);
        return;
      }
      waiting.put(chatId, new ArrayDeque<>());
    }
    execute(chatId, task);
  }

  private void execute(long chatId, Runnable task) {
    try {
      pool.execute(() -> run(chatId, task));
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        waiting.remove(chatId); // shutting down: what was not run stays pending in the database
      }
    }
  }

  private void run(long chatId, Runnable task) {
    try {
      task.run();
    } catch (Throwable t) {
      log.error("task for chat {} failed: {}", chatId, t.getClass().getName());
    }
    Runnable next;
    synchronized (this) {
      Deque<Runnable> lane = waiting.get(chatId);
      next = stopping || lane == null ? null : lane.pollFirst();
      if (next == null) {
        waiting.remove(chatId);
      }
    }
    if (next != null) {
      execute(chatId, next);
    }
  }

  /** Lets running tasks finish (up to {@code grace}) and drops the queued ones. */
  void stop(Duration grace) throws InterruptedException {
    synchronized (this) {
      stopping = true;
      waiting.clear();
    }
    pool.shutdown();
    if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warn("update handling did not finish within {} ms; interrupting", grace.toMillis());
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.SECONDS);
    }
  }
}
