package az.council.helpdesk.fakeapi;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every call the fake answered: the most recent {@code capacity} in full, exact counts of all of them, and
 * listeners told of each call as it is answered (on the server thread: keep them quick).
 */
public final class CallLog {
  private final int capacity;
  private final Deque<ApiCall> recent = new ArrayDeque<>();
  private final Map<String, Long> byMethod = new HashMap<>();
  private final Map<Integer, Long> byStatus = new HashMap<>();
  private final List<Consumer<ApiCall>> listeners = new CopyOnWriteArrayList<>();
  private long total;

  CallLog(int capacity) {
    this.capacity = capacity;
  }

  ApiCall record(String method, Params params, Instant at, int status, Optional<String> error, Optional<Fault> fault) {
    ApiCall call;
    synchronized (this) {
      total++;
      call = new ApiCall(total, method, params, at, System.nanoTime(), status, error, fault);
      recent.addLast(call);
      if (recent.size() > capacity) {
        recent.removeFirst();
      }
      byMethod.merge(method.toLowerCase(Locale.ROOT), 1L, Long::sum);
      byStatus.merge(status, 1L, Long::sum);
    }
    listeners.forEach(l -> l.accept(call));
    return call;
  }

  /** The retained calls, oldest first. */
  public synchronized List<ApiCall> all() {
    return List.copyOf(recent);
  }

  /** The retained calls of one method (any case), oldest first. */
  public synchronized List<ApiCall> of(String method) {
    return recent.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** How many calls of {@code method} were made in all, retained or not. */
  public synchronized long count(String method) {
    return byMethod.getOrDefault(method.toLowerCase(Locale.ROOT), 0L);
  }

  /** How many calls were answered with this HTTP status (429 counts the rate limiter's and injected ones). */
  public synchronized long countWithStatus(int status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public synchronized long total() {
    return total;
  }

  /** A listener registration; closing it stops the calls. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Calls {@code listener} for each call from now on; close the returned subscription to stop. */
  public Subscription subscribe(Consumer<ApiCall> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
