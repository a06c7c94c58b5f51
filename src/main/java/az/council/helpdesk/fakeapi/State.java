package az.council.helpdesk.fakeapi;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lock around the {@link World} and the signal tests wait on. Every call runs its whole effect under the lock
 * (the fake is tiny next to the bot, so one lock is plenty), then wakes waiters; waiters re-check their condition.
 */
final class State {
  private final World world;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  State(World world) {
    this.world = world;
  }

  <T> T write(Function<World, T> work) {
    lock.lock();
    try {
      return work.apply(world);
    } finally {
      changed.signalAll();
      lock.unlock();
    }
  }

  <T> T read(Function<World, T> work) {
    lock.lock();
    try {
      return work.apply(world);
    } finally {
      lock.unlock();
    }
  }

  /** Wakes waiters whose condition depends on something outside the world (e.g. the call log). */
  void touch() {
    write(w -> null);
  }

  /** Waits until {@code check} yields a value; empty when the timeout passes first. */
  <T> Optional<T> await(Supplier<Optional<T>> check, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        Optional<T> result = check.get();
        long left = deadline - System.nanoTime();
        if (result.isPresent() || left <= 0) {
          return result;
        }
        changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }
}
