package az.council.helpdesk.telegram;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of {@code base × 2^(n-1)},
 * capped at {@code max}, so many chats failing together do not retry in lock-step.
 */
final class Backoff {
  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait before retry number {@code attempt} (1 for the first retry). */
  Duration delay(int attempt) {
    int exponent = Math.min(Math.max(attempt, 1) - 1, 30);
    long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(exponent, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
  }
}
