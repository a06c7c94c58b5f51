package az.council.helpdesk.fakeapi;

import java.time.Instant;
import java.util.Optional;

/**
 * One HTTP call the bot made, as the fake answered it. {@code method} is the canonical Bot API name
 * ({@code sendMessage}, whatever case the client used; unknown names as sent); {@code status} is the HTTP status
 * answered (0 when the connection was dropped); {@code nanoTime} is {@link System#nanoTime()} when the call was
 * answered, for latency measurements; {@code fault} is the injected fault that shaped the answer, if any.
 */
public record ApiCall(long sequence, String method, Params params, Instant at, long nanoTime, int status,
    Optional<String> error, Optional<Fault> fault) {

  /** Answered 200 with a readable result (a delayed call counts; a malformed answer does not). */
  public boolean succeeded() {
    return status == 200 && error.isEmpty() && fault.filter(f -> f instanceof Fault.MalformedJson).isEmpty();
  }

  /** The {@code chat_id} parameter, when numeric. */
  public Optional<Long> chatId() {
    try {
      return params.longValue("chat_id");
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  public Optional<String> param(String name) {
    return params.string(name);
  }
}
