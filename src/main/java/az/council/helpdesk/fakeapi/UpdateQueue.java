package az.council.helpdesk.fakeapi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * The bot's pending updates with Telegram's {@code getUpdates} semantics: ids increase by one; an update stays
 * until a call's {@code offset} passes it (negative offsets keep the last -offset); a call waits up to
 * {@code timeout} seconds for the first update; {@code allowed_updates} is remembered from the last call that
 * gave it, and updates of other types are dropped; a newer call ends a waiting one with 409.
 */
final class UpdateQueue {
  /** Telegram's default when a bot never gave allowed_updates: everything but these three. */
  private static final Set<String> NOT_BY_DEFAULT = Set.of("chat_member", "message_reaction", "message_reaction_count");

  record Pending(int id, String type, String json) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final int capacity;
  private Optional<Set<String>> allowed = Optional.empty();
  private int nextId;
  private int confirmedBelow;
  private int maxDelivered;
  private long redelivered;
  private long pollGeneration;
  private int waiting;
  private boolean closed;

  UpdateQueue(int firstId, int capacity) {
    this.nextId = firstId;
    this.confirmedBelow = firstId;
    this.maxDelivered = firstId - 1;
    this.capacity = capacity;
  }

  /** Adds an update; {@code jsonForId} renders it once its id is known. */
  int add(String type, IntFunction<String> jsonForId) {
    lock.lock();
    try {
      if (pending.size() >= capacity) {
        throw new IllegalStateException("the fake Bot API holds " + capacity + " unconfirmed updates already");
      }
      int id = nextId++;
      pending.addLast(new Pending(id, type, jsonForId.apply(id)));
      changed.signalAll();
      return id;
    } finally {
      lock.unlock();
    }
  }

  /** Fails before a caller changes anything else when no further update would fit. */
  void checkRoom() {
    lock.lock();
    try {
      if (pending.size() >= capacity) {
        throw new IllegalStateException("the fake Bot API holds " + capacity + " unconfirmed updates already");
      }
    } finally {
      lock.unlock();
    }
  }

  List<Pending> poll(long offset, int limit, Optional<Set<String>> allowedUpdates, Duration timeout)
      throws InterruptedException {
    lock.lock();
    try {
      long generation = ++pollGeneration;
      changed.signalAll();
      confirm(offset);
      allowedUpdates.ifPresent(types -> allowed = Optional.of(Set.copyOf(types)));
      long left = timeout.toNanos();
      waiting++;
      try {
        while (true) {
          if (generation != pollGeneration) {
            throw ApiError.conflict(
                "terminated by other getUpdates request; make sure that only one bot instance is running");
          }
          dropDisallowedHead();
          if (!pending.isEmpty() || closed || left <= 0) {
            return take(limit);
          }
          left = changed.awaitNanos(left);
        }
      } finally {
        waiting--;
      }
    } finally {
      lock.unlock();
    }
  }

  private void confirm(long offset) {
    if (offset < 0) {
      while (pending.size() > -offset) {
        confirmedBelow = pending.removeFirst().id() + 1;
      }
    } else if (offset > 0) {
      while (!pending.isEmpty() && pending.peekFirst().id() < offset) {
        pending.removeFirst();
      }
      confirmedBelow = (int) Math.max(confirmedBelow, Math.min(offset, nextId));
    }
  }

  /** Raw updates (type "") always pass: their type is whatever the test wrote. */
  private boolean isAllowed(String type) {
    return type.isEmpty() || allowed.filter(types -> !types.isEmpty()).map(types -> types.contains(type))
        .orElse(!NOT_BY_DEFAULT.contains(type));
  }

  /**
   * Drops updates of types the bot did not ask for from the front of the queue. Filtering the whole queue on
   * every poll made polling quadratic in the backlog (a fifth of the fake server's time in {@code bench e2e});
   * updates further back are dropped when {@link #take} reaches them, which Telegram's behaviour cannot tell apart.
   */
  private void dropDisallowedHead() {
    while (!pending.isEmpty() && !isAllowed(pending.peekFirst().type())) {
      pending.removeFirst();
    }
  }

  private List<Pending> take(int limit) {
    List<Pending> batch = new ArrayList<>(Math.min(limit, pending.size()));
    for (var it = pending.iterator(); it.hasNext(); ) {
      Pending u = it.next();
      if (batch.size() >= limit) {
        break;
      }
      if (!isAllowed(u.type())) {
        it.remove();
        continue;
      }
      batch.add(u);
      if (u.id() <= maxDelivered) {
        redelivered++;
      }
      maxDelivered = Math.max(maxDelivered, u.id());
    }
    return batch;
  }

  /** Remembers {@code allowed_updates} given to setWebhook. */
  void allow(Optional<Set<String>> allowedUpdates) {
    lock.lock();
    try {
      allowedUpdates.ifPresent(types -> allowed = Optional.of(Set.copyOf(types)));
    } finally {
      lock.unlock();
    }
  }

  /** Forgets every pending update ({@code drop_pending_updates}). */
  void dropAll() {
    lock.lock();
    try {
      pending.forEach(u -> confirmedBelow = u.id() + 1);
      pending.clear();
    } finally {
      lock.unlock();
    }
  }

  /** The oldest pending update, waiting up to {@code timeout} (for webhook delivery). */
  Optional<Pending> first(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long left = timeout.toNanos();
      while (!closed && left > 0) {
        dropDisallowedHead();
        if (!pending.isEmpty()) {
          return Optional.of(pending.peekFirst());
        }
        left = changed.awaitNanos(left);
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /** Confirms one update delivered by webhook. */
  void confirmThrough(int id) {
    lock.lock();
    try {
      confirm(id + 1L);
    } finally {
      lock.unlock();
    }
  }

  int pendingCount() {
    lock.lock();
    try {
      return (int) pending.stream().filter(u -> isAllowed(u.type())).count();
    } finally {
      lock.unlock();
    }
  }

  /** Every update with a smaller id was confirmed by an offset (or dropped). */
  int confirmedBelow() {
    lock.lock();
    try {
      return confirmedBelow;
    } finally {
      lock.unlock();
    }
  }

  /** getUpdates calls inside the server right now (long polls waiting for an update, or about to answer). */
  int waiting() {
    lock.lock();
    try {
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  /** Updates handed out again after an earlier getUpdates had already returned them (not confirmed in between). */
  long redelivered() {
    lock.lock();
    try {
      return redelivered;
    } finally {
      lock.unlock();
    }
  }

  /** Ends waiting polls at once (they return what they have) so the server can stop. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
