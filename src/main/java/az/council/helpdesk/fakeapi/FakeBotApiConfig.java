package az.council.helpdesk.fakeapi;

import java.time.Clock;
import java.util.Optional;

/**
 * How to start a {@link FakeBotApi}: the token the bot must use (its numeric prefix is the bot's user id, as in
 * real tokens), the port (0 = any free one), the bot's name, the clock for message dates and rate limits, optional
 * Telegram-like rate limits, and the bounds that keep a long benchmark's memory flat.
 */
public record FakeBotApiConfig(
    String token,
    int port,
    String botUsername,
    String botFirstName,
    Clock clock,
    Optional<RateLimits> rateLimits,
    int firstUpdateId,
    int maxPendingUpdates,
    int maxRecordedCalls,
    int maxMessagesPerChat,
    long maxFileBytes) {

  public static final String DEFAULT_TOKEN = "123456789:AAHfakeBotApiTestTokenXXXXXXXXXXXXXXX";

  public FakeBotApiConfig {
    if (!token.matches("\\d{1,15}:[A-Za-z0-9_-]{10,}")) {
      throw new IllegalArgumentException("a bot token looks like 123456789:ABC-secret");
    }
    if (port < 0 || port > 65_535 || firstUpdateId < 1 || maxPendingUpdates < 1 || maxRecordedCalls < 1
        || maxMessagesPerChat < 1 || maxFileBytes < 0) {
      throw new IllegalArgumentException("invalid fake Bot API bounds");
    }
  }

  public static FakeBotApiConfig defaults() {
    return new FakeBotApiConfig(DEFAULT_TOKEN, 0, "helpdesk_test_bot", "Helpdesk", Clock.systemUTC(),
        Optional.empty(), 1, 1_000_000, 10_000, 200, 64L * 1024 * 1024);
  }

  public FakeBotApiConfig withToken(String newToken) {
    return new FakeBotApiConfig(newToken, port, botUsername, botFirstName, clock, rateLimits, firstUpdateId,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  public FakeBotApiConfig withPort(int newPort) {
    return new FakeBotApiConfig(token, newPort, botUsername, botFirstName, clock, rateLimits, firstUpdateId,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  public FakeBotApiConfig withClock(Clock newClock) {
    return new FakeBotApiConfig(token, port, botUsername, botFirstName, newClock, rateLimits, firstUpdateId,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  /** Enforce Telegram's send limits (429 with retry_after beyond them). */
  public FakeBotApiConfig withRateLimits(RateLimits limits) {
    return new FakeBotApiConfig(token, port, botUsername, botFirstName, clock, Optional.of(limits), firstUpdateId,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  public FakeBotApiConfig withBot(String username, String firstName) {
    return new FakeBotApiConfig(token, port, username, firstName, clock, rateLimits, firstUpdateId,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  /** Update ids start here (Telegram's start at some large number; telegrambots keeps them in an int). */
  public FakeBotApiConfig withFirstUpdateId(int id) {
    return new FakeBotApiConfig(token, port, botUsername, botFirstName, clock, rateLimits, id,
        maxPendingUpdates, maxRecordedCalls, maxMessagesPerChat, maxFileBytes);
  }

  public FakeBotApiConfig withBounds(int pendingUpdates, int recordedCalls, int messagesPerChat, long fileBytes) {
    return new FakeBotApiConfig(token, port, botUsername, botFirstName, clock, rateLimits, firstUpdateId,
        pendingUpdates, recordedCalls, messagesPerChat, fileBytes);
  }

  long botId() {
    return Long.parseLong(token.substring(0, token.indexOf(':')));
  }

  FakeUser botUser() {
    return new FakeUser(botId(), botFirstName, Optional.empty(), Optional.of(botUsername), Optional.empty(), true);
  }
}
