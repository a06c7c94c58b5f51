package az.council.helpdesk.config;

import java.time.Duration;

/**
 * How the outbox retries a call that failed transiently: the first retry waits about {@code first}, each
 * next one twice as long, never more than {@code max} (with jitter). Telegram's own {@code retry_after} wins.
 */
public record RetryPolicy(Duration first, Duration max) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5));

  public RetryPolicy {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("retry: first must be positive and at most max");
    }
  }
}
