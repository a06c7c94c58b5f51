package az.council.helpdesk.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in environment variables: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 30} (seconds) or ISO {@code PT10S}. */
final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

  private Durations() {}

  static Optional<Duration> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return Optional.of(switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      });
    }
    try {
      Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
      return d.isNegative() ? Optional.empty() : Optional.of(d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
