package az.council.helpdesk.fakeapi;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real telegrambots 10 client pointed at a fake, with its OkHttp threads shut down on close. */
final class RealClient implements AutoCloseable {
  final OkHttpClient http;
  final TelegramClient telegram;

  RealClient(FakeBotApi api) {
    this(api, api.token(), Duration.ofSeconds(10));
  }

  RealClient(FakeBotApi api, String token, Duration readTimeout) {
    this.http = new OkHttpClient.Builder().readTimeout(readTimeout).build();
    this.telegram = new OkHttpTelegramClient(http, token, url(api));
  }

  static TelegramUrl url(FakeBotApi api) {
    return new TelegramUrl("http", "127.0.0.1", api.port(), false);
  }

  @Override
  public void close() {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }
}
