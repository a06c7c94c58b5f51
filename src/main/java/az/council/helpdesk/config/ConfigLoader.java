package az.council.helpdesk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds the {@link Config} from environment variables, {@code <NAME>_FILE} files and the optional YAML file
 * {@code HELPDESK_CONFIG} (a flat mapping with the same names; the environment wins). Each problem is one
 * {@link ConfigException} sentence naming the variable to set.
 */
public final class ConfigLoader {
  public static final String CONFIG_FILE = "HELPDESK_CONFIG";
  public static final String TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String API_URL = "TELEGRAM_API_URL";
  public static final String DATA_DIR = "HELPDESK_DATA_DIR";
  public static final String FAQ_DIR = "HELPDESK_FAQ_DIR";
  public static final String STAFF_CHAT_ID = "STAFF_CHAT_ID";
  public static final String ADMIN_IDS = "ADMIN_IDS";
  public static final String SEND_PER_SECOND = "TELEGRAM_SEND_PER_SECOND";
  public static final String CHAT_INTERVAL = "TELEGRAM_CHAT_INTERVAL";
  public static final String CONNECT_TIMEOUT = "TELEGRAM_CONNECT_TIMEOUT";
  public static final String READ_TIMEOUT = "TELEGRAM_READ_TIMEOUT";
  public static final String WRITE_TIMEOUT = "TELEGRAM_WRITE_TIMEOUT";
  public static final String CALL_TIMEOUT = "TELEGRAM_CALL_TIMEOUT";
  public static final String POLL_TIMEOUT = "TELEGRAM_POLL_TIMEOUT";
  public static final String RETRY_FIRST = "TELEGRAM_RETRY_FIRST";
  public static final String RETRY_MAX = "TELEGRAM_RETRY_MAX";
  public static final String LOG_LEVEL = "HELPDESK_LOG_LEVEL";
  public static final String SHUTDOWN_GRACE = "HELPDESK_SHUTDOWN_GRACE";
  public static final String WORKERS = "HELPDESK_WORKERS";
  /** Webhook mode's shared secret ({@code run --webhook}); read by the run command, not part of {@link Config}. */
  public static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";

  /** Every setting the loader knows; a YAML key outside this set is a typo and stops start-up. */
  public static final Set<String> NAMES = Set.of(TOKEN, API_URL, DATA_DIR, FAQ_DIR, STAFF_CHAT_ID, ADMIN_IDS,
      SEND_PER_SECOND, CHAT_INTERVAL, CONNECT_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT, CALL_TIMEOUT, POLL_TIMEOUT,
      RETRY_FIRST, RETRY_MAX, LOG_LEVEL, SHUTDOWN_GRACE, WORKERS, WEBHOOK_SECRET);

  // Telegram tokens are "<bot id>:<35 characters>"; anything else (a stray quote, a space, a newline) would
  // also end up inside the request path, so refuse it here with a sentence rather than as an HTTP 404.
  private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{1,100}");
  private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  private final Settings settings;

  private ConfigLoader(Settings settings) {
    this.settings = settings;
  }

  /** The configuration of this process: {@code System.getenv()} and the files it names. */
  public static Config fromEnvironment() {
    return load(System.getenv());
  }

  /** One setting by name, looked up like every other (environment, {@code _FILE}, the YAML file); empty when unset. */
  public static Optional<String> setting(Map<String, String> environment, String name) {
    return Settings.of(environment).get(name);
  }

  public static Config load(Map<String, String> environment) {
    return new ConfigLoader(Settings.of(environment)).config();
  }

  private Config config() {
    Config defaults = Config.defaults(Path.of("data"));
    Optional<Secret> token = settings.get(TOKEN).map(ConfigLoader::token);
    HttpTimeouts d = HttpTimeouts.DEFAULT;
    HttpTimeouts timeouts;
    Duration connect = duration(CONNECT_TIMEOUT, d.connect());
    Duration read = duration(READ_TIMEOUT, d.read());
    Duration write = duration(WRITE_TIMEOUT, d.write());
    Duration call = duration(CALL_TIMEOUT, d.call());
    Duration poll = duration(POLL_TIMEOUT, d.longPoll());
    if (poll.toMillis() % 1000 != 0 || poll.toSeconds() > 50) {
      throw new ConfigException("Set " + POLL_TIMEOUT + " to whole seconds between 0s and 50s (Telegram's limit).");
    }
    for (var entry : Map.of(CONNECT_TIMEOUT, connect, READ_TIMEOUT, read, WRITE_TIMEOUT, write, CALL_TIMEOUT, call)
        .entrySet()) {
      if (entry.getValue().isZero()) {
        throw new ConfigException("Set " + entry.getKey() + " to a positive duration such as 10s.");
      }
    }
    timeouts = new HttpTimeouts(connect, read, write, call, poll);
    int perSecond = integer(SEND_PER_SECOND, defaults.sendLimits().perSecond(), 1, 10_000);
    SendLimits limits = new SendLimits(perSecond, duration(CHAT_INTERVAL, defaults.sendLimits().chatInterval()));
    Duration first = duration(RETRY_FIRST, RetryPolicy.DEFAULT.first());
    Duration max = duration(RETRY_MAX, RetryPolicy.DEFAULT.max());
    if (first.isZero() || max.compareTo(first) < 0) {
      throw new ConfigException("Set " + RETRY_FIRST + " to a positive duration no longer than " + RETRY_MAX + ".");
    }
    String level = settings.get(LOG_LEVEL).map(s -> s.strip().toUpperCase(Locale.ROOT)).orElse("INFO");
    if (!LEVELS.contains(level)) {
      throw new ConfigException("Set " + LOG_LEVEL + " to one of TRACE, DEBUG, INFO, WARN, ERROR or OFF.");
    }
    return new Config(token,
        settings.get(API_URL).map(u -> ApiEndpoint.parse(API_URL, u)).orElse(ApiEndpoint.TELEGRAM),
        path(DATA_DIR, "data"), path(FAQ_DIR, "faq"),
        settings.get(STAFF_CHAT_ID).map(s -> chatId(STAFF_CHAT_ID, s)),
        adminIds(), limits, timeouts, new RetryPolicy(first, max), level,
        duration(SHUTDOWN_GRACE, defaults.shutdownGrace()),
        integer(WORKERS, defaults.workers(), 1, 256));
  }

  private static Secret token(String text) {
    String token = text.strip();
    if (!TOKEN_SHAPE.matcher(token).matches()) {
      throw new ConfigException(TOKEN + " does not look like a bot token (digits, a colon, then letters, digits,"
          + " - or _): copy it again from @BotFather.");
    }
    return new Secret(token);
  }

  private Path path(String name, String fallback) {
    String text = settings.get(name).orElse(fallback).strip();
    try {
      return Path.of(text.isEmpty() ? fallback : text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new ConfigException("Set " + name + " to a valid folder path (" + e.getReason() + ").");
    }
  }

  private Set<Long> adminIds() {
    Set<Long> ids = new TreeSet<>();
    for (String part : settings.get(ADMIN_IDS).orElse("").split("[,\\s]+")) {
      if (!part.isBlank()) {
        ids.add(number(ADMIN_IDS, part, "a comma-separated list of Telegram user ids, e.g. 12345,67890", Long::parseLong));
      }
    }
    return ids;
  }

  private static long chatId(String name, String text) {
    return number(name, text, "the numeric id of the staff group (e.g. -1001234567890)", Long::parseLong);
  }

  private int integer(String name, int fallback, int min, int max) {
    int value = settings.get(name).map(s -> number(name, s, "a whole number", Integer::parseInt)).orElse(fallback);
    if (value < min || value > max) {
      throw new ConfigException("Set " + name + " to a whole number between " + min + " and " + max + ".");
    }
    return value;
  }

  private Duration duration(String name, Duration fallback) {
    return settings.get(name).map(text -> Durations.parse(text).orElseThrow(() -> new ConfigException("Set " + name
        + " to a duration such as 500ms, 10s or 2m (a bare number means seconds)."))).orElse(fallback);
  }

  private static <T> T number(String name, String text, String what, Function<String, T> parse) {
    try {
      return parse.apply(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("Set " + name + " to " + what + ".");
    }
  }
}
