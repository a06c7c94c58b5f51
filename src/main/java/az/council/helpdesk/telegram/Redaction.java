package az.council.helpdesk.telegram;

import az.council.helpdesk.config.Secret;
import java.util.regex.Pattern;

/**
 * Removes bot tokens from text that may reach a log or an exception message. The library puts the token in
 * every request path ({@code /bot<token>/sendmessage}), so an HTTP error that quotes its URL would leak it.
 * The log pattern in {@code logback.xml} applies the same expression to every line the process writes.
 */
final class Redaction {
  /** The token after {@code bot} in a URL path, or a bare token of the shape Telegram issues. */
  static final Pattern TOKEN = Pattern.compile("(?<=bot)\\d+:[A-Za-z0-9_-]+|\\d{3,}:[A-Za-z0-9_-]{30,}");
  static final String MASK = "<token redacted>";

  private final String token;

  Redaction(Secret token) {
    this.token = token.reveal();
  }

  /** Masks the configured token wherever it appears (even a short test token) and any token-shaped text. */
  String redact(String text) {
    if (text == null) {
      return "";
    }
    return TOKEN.matcher(text.replace(token, MASK)).replaceAll(MASK);
  }

  /** One line describing a failure without its stack trace, redacted: {@code Class: message}. */
  String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + redact(message.lines().findFirst().orElse("")));
  }
}
