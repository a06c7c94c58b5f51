package az.council.helpdesk.config;

import java.time.Duration;

/**
 * Explicit HTTP timeouts for calls to the Bot API (OkHttp's defaults are 10 s each and no call timeout).
 * {@code longPoll} is the {@code getUpdates} wait Telegram holds a poll open for; the polling client's read
 * timeout is derived from it.
 */
public record HttpTimeouts(Duration connect, Duration read, Duration write, Duration call, Duration longPoll) {
  public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(50));

  public HttpTimeouts {
    for (Duration d : new Duration[] {connect, read, write, call}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
    }
    if (longPoll.isNegative() || longPoll.toSeconds() > 50) {
      throw new IllegalArgumentException("long poll must be 0..50 s");
    }
  }
}
