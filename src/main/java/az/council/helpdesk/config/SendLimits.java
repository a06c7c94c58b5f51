package az.council.helpdesk.config;

import java.time.Duration;

/**
 * Telegram's sending limits as the sender applies them: at most {@code perSecond} messages per second across
 * all chats (Telegram documents about 30) and at least {@code chatInterval} between two messages to one chat
 * (about one per second).
 */
public record SendLimits(int perSecond, Duration chatInterval) {
  public static final SendLimits TELEGRAM = new SendLimits(30, Duration.ofSeconds(1));

  public SendLimits {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
    }
    if (chatInterval.isNegative()) {
      throw new IllegalArgumentException("negative chat interval");
    }
  }
}
