package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A real {@link TelegramBotsLongPollingApplication} polling a fake, collecting what it receives; closed the way
 * the library notes prescribe (cancel the hanging poll, stop our own executor) so no thread outlives a test.
 */
final class PollingBot implements AutoCloseable {
  final List<Update> received = new CopyOnWriteArrayList<>();
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("test-poller").factory());
  private final TelegramBotsLongPollingApplication app =
      new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);

  PollingBot(FakeBotApi api, List<String> allowedUpdates) throws Exception {
    app.registerBot(api.token(), () -> RealClient.url(api), lastId -> GetUpdates.builder()
        .offset(lastId + 1).limit(100).timeout(20).allowedUpdates(allowedUpdates).build(), received::addAll);
  }

  @Override
  public void close() {
    try {
      app.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the long-polling application", e);
    }
    http.dispatcher().cancelAll();
    poller.shutdownNow();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }
}
