package az.council.helpdesk.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Per-user flood protection. Nothing is dropped: every message is still answered, in order (the Telegram
 * adapter paces sends at about one a second per chat, so a flood queues up there instead of hitting
 * Telegram's limits). What the guard adds is one polite "please slow down" notice when a person sends more
 * than {@link #LIMIT} messages within {@link #WINDOW}, and at most one such notice per window.
 */
final class FloodGuard {
  static final int LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(1);

  /** One person's recent message times; guarded by the session lock. */
  static final class Window {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Optional<Instant> lastNotice = Optional.empty();
  }

  private FloodGuard() {}

  /** Counts a message at {@code now}; true when this message should carry the slow-down notice. */
  static boolean noticeDue(Window window, Instant now) {
    Instant since = now.minus(WINDOW);
    window.times.addLast(now);
    while (!window.times.isEmpty() && !window.times.peekFirst().isAfter(since)) {
      window.times.removeFirst();
    }
    if (window.times.size() <= LIMIT || window.lastNotice.filter(at -> at.isAfter(since)).isPresent()) {
      return false;
    }
    window.lastNotice = Optional.of(now);
    return true;
  }
}
