package az.council.helpdesk.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the adapter's threads ({@code tg-poll-1}, {@code tg-update-2} …) so a thread dump says who is who. */
final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final boolean daemon;
  private final AtomicInteger count = new AtomicInteger();

  private NamedThreads(String prefix, boolean daemon) {
    this.prefix = prefix;
    this.daemon = daemon;
  }

  /** Non-daemon threads: the executor that owns them must be shut down. */
  static ThreadFactory named(String prefix) {
    return new NamedThreads(prefix, false);
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
    thread.setDaemon(daemon);
    return thread;
  }
}
