package az.council.helpdesk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the bot needs to start, validated once. {@link ConfigLoader} builds it; the table of settings
 * is in the README.
 *
 * @param botToken absent for commands that do not talk to Telegram; {@link #requireToken()} for those that do
 * @param staffChatId the Council members' group; other groups the bot is added to are left
 * @param adminIds Telegram user ids allowed to administer the bot
 * @param retry how failed sends are retried
 * @param shutdownGrace how long shutdown may spend delivering what is still in the outbox
 * @param workers threads that process updates (one chat is always handled by one thread at a time)
 */
public record Config(
    Optional<Secret> botToken,
    ApiEndpoint api,
    Path dataDir,
    Path faqDir,
    Optional<Long> staffChatId,
    Set<Long> adminIds,
    SendLimits sendLimits,
    HttpTimeouts timeouts,
    RetryPolicy retry,
    String logLevel,
    Duration shutdownGrace,
    int workers) {

  public Config {
    adminIds = Set.copyOf(adminIds);
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be positive");
    }
  }

  /** The token, or a {@link ConfigException} saying how to set it. */
  public Secret requireToken() {
    return botToken.orElseThrow(() -> new ConfigException("Set " + ConfigLoader.TOKEN
        + " to the bot token from @BotFather (or " + ConfigLoader.TOKEN + "_FILE to a file that holds it)."));
  }

  /** A copy with another token (tests and the {@code run --token-file} style options). */
  public Config withToken(Secret token) {
    return new Config(Optional.of(token), api, dataDir, faqDir, staffChatId, adminIds, sendLimits, timeouts, retry,
        logLevel, shutdownGrace, workers);
  }

  /** A configuration with every default, for tests and tools: no token, the real Telegram API. */
  public static Config defaults(Path dataDir) {
    return new Config(Optional.empty(), ApiEndpoint.TELEGRAM, dataDir, Path.of("faq"), Optional.empty(), Set.of(),
        SendLimits.TELEGRAM, HttpTimeouts.DEFAULT, RetryPolicy.DEFAULT, "INFO", Duration.ofSeconds(10),
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }
}
