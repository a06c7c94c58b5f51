package az.council.helpdesk.fakeapi;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** How each {@link Fault} looks on the wire. */
final class FaultAnswers {
  private static final String NGINX = """
      <html>\r
      <head><title>%1$d %2$s</title></head>\r
      <body>\r
      <center><h1>%1$d %2$s</h1></center>\r
      <hr><center>nginx/1.18.0</center>\r
      </body>\r
      </html>\r
      """;

  private final CountDownLatch closing;

  /** {@code closing} ends delays early when the server stops. */
  FaultAnswers(CountDownLatch closing) {
    this.closing = closing;
  }

  /**
   * Answers the call when the fault replaces it (true); throws the Telegram errors; returns false when the call
   * must still run (after a delay, or before its answer gets mangled).
   */
  boolean preempts(Fault fault, HttpExchange exchange) throws IOException, InterruptedException {
    return switch (fault) {
      case Fault.TooManyRequests t -> throw ApiError.tooManyRequests(t.retryAfterSeconds());
      case Fault.JsonError e -> throw ApiError.serverError(e.status(), e.description());
      case Fault.HtmlError h -> {
        String reason = h.status() == 502 ? "Bad Gateway" : h.status() == 504 ? "Gateway Time-out" : "Error";
        write(exchange, h.status(), "text/html", NGINX.formatted(h.status(), reason).getBytes(StandardCharsets.UTF_8));
        yield true;
      }
      case Fault.DropConnection d -> true; // closing the exchange unanswered closes the connection
      case Fault.Delay d -> {
        if (closing.await(d.delay().toNanos(), TimeUnit.NANOSECONDS)) {
          throw new InterruptedException("server closing");
        }
        yield false;
      }
      case Fault.MalformedJson m -> false;
    };
  }

  /** The HTTP status the fault answered with when it replaced the call (0: no answer at all). */
  static int status(Fault fault) {
    return switch (fault) {
      case Fault.HtmlError h -> h.status();
      case Fault.TooManyRequests t -> 429;
      case Fault.JsonError e -> e.status();
      case Fault.DropConnection d -> 0;
      case Fault.Delay d -> 200;
      case Fault.MalformedJson m -> 200;
    };
  }

  /** 200 with the first half of the real answer: valid start, broken end. */
  void malformed(HttpExchange exchange, byte[] realAnswer) throws IOException {
    byte[] half = java.util.Arrays.copyOf(realAnswer, Math.max(1, realAnswer.length / 2));
    write(exchange, 200, "application/json", half);
  }

  private static void write(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().put("Content-Type", List.of(type));
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
