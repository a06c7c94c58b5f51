package az.council.helpdesk.fakeapi;

/**
 * Telegram's documented send limits: about 30 messages a second per bot, one a second per chat, 20 a minute per
 * group. Enforced as token buckets (a full bucket allows that many at once); beyond, 429 with retry_after.
 */
public record RateLimits(int perBotPerSecond, double perChatPerSecond, int perGroupPerMinute) {

  public RateLimits {
    if (perBotPerSecond <= 0 || perChatPerSecond <= 0 || perGroupPerMinute <= 0) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
  }

  public static RateLimits telegram() {
    return new RateLimits(30, 1.0, 20);
  }
}
