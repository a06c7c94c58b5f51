package az.council.helpdesk.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates Telegram posts to the webhook (JDK HttpServer, its own named threads). A request without
 * the secret Telegram was given in {@code setWebhook} is refused with 401 before its body is read; an update is
 * answered 200 only once it is stored in the same durable intake long polling uses, so an update Telegram
 * considers delivered is never lost. If the database refuses it, 500 makes Telegram deliver it again.
 */
final class WebhookServer implements AutoCloseable {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
  // Telegram's updates are a few kilobytes; anything this large is not from Telegram.
  private static final int MAX_BODY = 1 << 20;

  /** Stores one update's JSON, throwing when it could not be stored. */
  @FunctionalInterface
  interface Intake {
    void store(String body) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final byte[] secret;
  private final Intake intake;

  private WebhookServer(Webhook webhook, Intake intake, int threadCount) throws IOException {
    this.secret = webhook.secret().reveal().getBytes(StandardCharsets.UTF_8);
    this.intake = intake;
    this.threads = Executors.newFixedThreadPool(threadCount, NamedThreads.named("tg-webhook"));
    this.server = HttpServer.create(webhook.bind(), 64);
    server.createContext(webhook.path(), this::handle);
    server.setExecutor(threads);
  }

  /** Listens on the webhook's bind address until closed. */
  static WebhookServer start(Webhook webhook, Intake intake, int threadCount) {
    try {
      WebhookServer started = new WebhookServer(webhook, intake, threadCount);
      started.server.start();
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + webhook.bind() + " for the webhook", e);
    }
  }

  /** The port listened on (useful when the configured port is 0). */
  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!authentic(exchange)) {
        log.warn("refused a webhook request from {} without the right secret token", exchange.getRemoteAddress());
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      Optional<String> body = body(exchange.getRequestBody());
      if (body.isEmpty()) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      try {
        intake.store(body.get());
      } catch (Exception e) {
        log.error("could not store a webhook update ({}); Telegram will deliver it again", e.getClass().getName());
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      exchange.sendResponseHeaders(200, -1);
    }
  }

  private boolean authentic(HttpExchange exchange) {
    String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
    // constant time, so the secret cannot be guessed one character at a time
    return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> body(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Stops accepting requests, lets those in progress finish (a second at most), and ends the threads. */
  @Override
  public void close() throws InterruptedException {
    server.stop(1);
    threads.shutdown();
    if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
      threads.shutdownNow();
      log.warn("webhook threads did not stop within 5 s");
    }
  }
}
