package az.council.helpdesk.fakeapi;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Token buckets per bot and per chat (private chats: per second; groups: per minute). A rejected send takes no
 * token, and its retry_after is the whole seconds until every bucket it needs has one again (at least 1), as
 * Telegram does. Idle full buckets are forgotten so the map stays small.
 */
final class RateLimiter {
  private static final int FORGET_ABOVE = 10_000;

  private static final class Bucket {
    final double capacity;
    final double perMilli;
    double tokens;
    long at;

    Bucket(double capacity, double perSecond, long now) {
      this.capacity = capacity;
      this.perMilli = perSecond / 1000.0;
      this.tokens = capacity;
      this.at = now;
    }

    void refill(long now) {
      tokens = Math.min(capacity, tokens + (now - at) * perMilli);
      at = now;
    }

    long millisUntilToken() {
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }
  }

  private final RateLimits limits;
  private final Clock clock;
  private final Bucket bot;
  private final Map<Long, Bucket> chats = new HashMap<>();

  RateLimiter(RateLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.bot = new Bucket(limits.perBotPerSecond(), limits.perBotPerSecond(), clock.millis());
  }

  /** Takes a token for a send to {@code chatId}, or says how many seconds to wait. */
  synchronized OptionalInt acquire(long chatId) {
    long now = clock.millis();
    bot.refill(now);
    Bucket chat = chats.computeIfAbsent(chatId, id -> id < 0
        ? new Bucket(limits.perGroupPerMinute(), limits.perGroupPerMinute() / 60.0, now)
        : new Bucket(Math.max(1, limits.perChatPerSecond()), limits.perChatPerSecond(), now));
    chat.refill(now);
    long wait = Math.max(bot.millisUntilToken(), chat.millisUntilToken());
    if (wait > 0) {
      return OptionalInt.of((int) Math.max(1, Math.ceilDiv(wait, 1000)));
    }
    bot.tokens--;
    chat.tokens--;
    if (chats.size() > FORGET_ABOVE) {
      chats.values().removeIf(b -> b != chat && b.tokens + (now - b.at) * b.perMilli >= b.capacity);
    }
    return OptionalInt.empty();
  }
}
