package az.council.helpdesk.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The optional operations endpoint: {@code /healthz} (200 "ok" or 503 with the reason) and Prometheus
 * {@code /metrics}. Off unless configured, and bound to localhost unless told otherwise, because metrics say
 * how many people wrote and when.
 */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private HealthServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * @param health empty when healthy, else a sentence saying what is wrong
   */
  public static HealthServer start(String host, int port, BotMetrics metrics, Supplier<java.util.Optional<String>> health) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
      ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("health-", 0).factory());
      server.setExecutor(executor);
      server.createContext("/healthz", exchange -> {
        java.util.Optional<String> problem = health.get();
        respond(exchange, problem.isEmpty() ? 200 : 503, "text/plain; charset=utf-8",
            problem.orElse("ok").getBytes(StandardCharsets.UTF_8));
      });
      PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
      server.createContext("/metrics", exchange -> {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        metrics.sync();
        writer.write(body, metrics.registry().scrape());
        respond(exchange, 200, writer.getContentType(), body.toByteArray());
      });
      server.start();
      return new HealthServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    try (exchange; OutputStream out = exchange.getResponseBody()) {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      out.write(body);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
