package az.council.helpdesk.fakeapi;

import java.time.Duration;

/** A misbehaviour the fake can answer a call with, instead of (or before) doing it. See {@link Faults}. */
public sealed interface Fault {

  /** 429 {@code Too Many Requests: retry after N} with {@code parameters.retry_after = N}; nothing is done. */
  record TooManyRequests(int retryAfterSeconds) implements Fault {}

  /** A Telegram-shaped JSON error with this status and description (e.g. 500 "Internal Server Error"). */
  record JsonError(int status, String description) implements Fault {}

  /** A proxy's HTML error page (e.g. nginx's 502) with a non-JSON body; the client cannot read it. */
  record HtmlError(int status) implements Fault {}

  /** Waits this long, then handles the call normally: a slow Telegram, or one slower than the client timeout. */
  record Delay(Duration delay) implements Fault {}

  /** Closes the connection without any response; nothing is done. */
  record DropConnection() implements Fault {}

  /** Does the call, then answers 200 with a truncated JSON body: the effect happened, the answer is unreadable. */
  record MalformedJson() implements Fault {}

  static Fault tooManyRequests(int retryAfterSeconds) {
    return new TooManyRequests(retryAfterSeconds);
  }

  static Fault internalServerError() {
    return new JsonError(500, "Internal Server Error");
  }

  /** Any Telegram error, e.g. {@code error(400, "Bad Request: chat not found")}. */
  static Fault error(int status, String description) {
    return new JsonError(status, description);
  }

  static Fault badGateway() {
    return new HtmlError(502);
  }

  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  static Fault dropConnection() {
    return new DropConnection();
  }

  static Fault malformedJson() {
    return new MalformedJson();
  }
}
