package az.council.helpdesk.fakeapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes pending updates to the webhook set with {@code setWebhook}, one at a time in order, with the
 * {@code X-Telegram-Bot-Api-Secret-Token} header; a 2xx answer confirms the update, anything else is retried with
 * growing pauses (and shows in {@code getWebhookInfo.last_error_message}). Started by the first setWebhook.
 */
final class WebhookDelivery implements AutoCloseable {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
  private static final Duration IDLE = Duration.ofMillis(200);

  record Failure(long date, String message) {}

  private final State state;
  private final UpdateQueue updates;
  private final ExecutorService executor;
  private final Clock clock;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicReference<Optional<Failure>> lastError = new AtomicReference<>(Optional.empty());
  private volatile boolean closed;
  private HttpClient http;

  WebhookDelivery(State state, UpdateQueue updates, ExecutorService executor, Clock clock) {
    this.state = state;
    this.updates = updates;
    this.executor = executor;
    this.clock = clock;
  }

  void start() {
    if (started.compareAndSet(false, true)) {
      synchronized (this) {
        http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
      }
      executor.execute(this::run);
    }
  }

  Optional<Failure> lastError() {
    return lastError.get();
  }

  private void run() {
    long pauseMillis = 100;
    while (!closed) {
      try {
        Optional<World.Webhook> hook = state.read(World::webhook);
        Optional<UpdateQueue.Pending> next = hook.isPresent() ? updates.first(IDLE) : Optional.empty();
        // deleteWebhook may have come while we waited: then the update belongs to getUpdates
        hook = hook.equals(state.read(World::webhook)) ? hook : Optional.empty();
        if (hook.isEmpty()) {
          state.await(() -> state.read(World::webhook), IDLE);
        } else if (next.isPresent()) {
          if (deliver(hook.get(), next.get())) {
            updates.confirmThrough(next.get().id());
            pauseMillis = 100;
          } else {
            Thread.sleep(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 5_000);
          }
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private boolean deliver(World.Webhook hook, UpdateQueue.Pending update) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.url()))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(update.json()));
    hook.secretToken().ifPresent(secret -> request.header(SECRET_HEADER, secret));
    try {
      HttpResponse<Void> response = client().send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        return true;
      }
      fail("Wrong response from the webhook: " + response.statusCode());
    } catch (IOException e) {
      fail("Connection refused");
      LOG.debug("webhook delivery failed", e);
    }
    return false;
  }

  private synchronized HttpClient client() {
    return http;
  }

  private void fail(String message) {
    lastError.set(Optional.of(new Failure(clock.instant().getEpochSecond(), message)));
  }

  @Override
  public void close() {
    closed = true;
    HttpClient client = client();
    if (client != null) {
      client.shutdownNow();
      client.close();
    }
  }
}
