package az.council.helpdesk.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * In-memory sessions by user id. A day without a message forgets the session (pending questions and button
 * state with it); the size bound keeps a flood of new users from exhausting memory. Expiry follows the
 * injected clock, and maintenance runs on the calling thread rather than Caffeine's default common pool.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofDays(1);
  static final long MAX_SESSIONS = 100_000;

  private final Cache<Long, Session> cache;

  Sessions(Clock clock) {
    this.cache = Caffeine.newBuilder()
        .expireAfterAccess(IDLE)
        .maximumSize(MAX_SESSIONS)
        .ticker(() -> clock.millis() * 1_000_000L)
        .executor(Runnable::run)
        .build();
  }

  Session of(long userId) {
    return cache.get(userId, id -> new Session());
  }
}
