package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.fakeapi.ApiCall;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode against the fake Bot API, which posts updates to the bot with the secret-token header. */
final class WebhookTest {
  private static final String SECRET = "s3cret_Token-1";
  private final FakeUser user = FakeUser.of(42, "Rəşad", "az");
  @TempDir Path dir;
  private FakeBotApi api;
  private BotHarness harness;
  private int port;

  @BeforeEach
  void startApi() throws IOException {
    api = FakeBotApi.start();
    port = freePort();
    harness = new BotHarness(api, dir).webhook(Webhook.of(url(), SECRET, "127.0.0.1", port));
  }

  @AfterEach
  void stop() {
    harness.close();
    api.close();
  }

  @Test
  void start_setsTheWebhookWithTheSecret_andNeverDeletesIt() {
    harness.start();
    ApiCall set = api.calls().of("setWebhook").getFirst();

    assertThat(set.param("url")).contains(url());
    assertThat(set.param("secret_token")).contains(SECRET);
    assertThat(api.calls().count("deleteWebhook")).isZero();
    assertThat(api.calls().count("getUpdates")).isZero();
    assertThat(harness.bot().webhookPort()).contains(port);
  }

  @Test
  void anUpdateDeliveredByTheWebhook_isStored_andTheUserGetsAnAnswer() {
    harness.start();
    api.incoming().text(user, "salam");

    assertThat(api.awaitMessages(42, 1, BotHarness.WAIT)).extracting(ChatMessage::text).containsExactly("echo: salam");
    assertThat(harness.bot().metrics().snapshot().updatesStored()).isEqualTo(1);
  }

  @Test
  void aRequestWithAWrongOrMissingSecret_isRefused_andNothingIsProcessed() throws Exception {
    harness.start();
    String forged = UpdateJson.text(900, 77, "forged").toString();

    assertThat(post(forged, Optional.of("wrong"))).isEqualTo(401);
    assertThat(post(forged, Optional.empty())).isEqualTo(401);
    api.incoming().text(user, "real");
    api.awaitMessages(42, 1, BotHarness.WAIT);

    assertThat(harness.bot().metrics().snapshot().updatesStored()).isEqualTo(1);
    assertThat(api.chats().botMessagesSent(77)).isZero();
    assertThat(harness.events).hasSize(1);
  }

  @Test
  void anUnreadableUpdate_isAnswered200AndSkipped_andTheNextIsAnswered() throws Exception {
    harness.start();
    String poison = "{\"update_id\":5,\"message\":{\"message_id\":\"not a number\",\"date\":1764000000,"
        + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"private words\"}}";

    assertThat(post(poison, Optional.of(SECRET))).isEqualTo(200);
    assertThat(post("not json", Optional.of(SECRET))).isEqualTo(200);
    api.incoming().text(user, "after");

    assertThat(api.awaitMessages(42, 1, BotHarness.WAIT)).extracting(ChatMessage::text).containsExactly("echo: after");
    assertThat(harness.bot().metrics().snapshot().poisonUpdates()).isEqualTo(2);
  }

  @Test
  void anUpdateTheDatabaseRefuses_isAnswered500_soTelegramDeliversItAgain() throws Exception {
    harness.start();
    harness.database().close();

    assertThat(post(UpdateJson.text(900, 77, "lost?").toString(), Optional.of(SECRET))).isEqualTo(500);
    assertThat(harness.bot().metrics().snapshot().updatesStored()).isZero();
  }

  @Test
  void setWebhook_failingTransiently_isRetried_andTheBotStarts() {
    api.faults().failNext("setWebhook", 2, new Fault.HtmlError(502));

    harness.start();
    api.incoming().text(user, "salam");

    assertThat(api.awaitMessages(42, 1, BotHarness.WAIT)).extracting(ChatMessage::text).containsExactly("echo: salam");
    assertThat(api.calls().count("setWebhook")).isEqualTo(3);
  }

  @Test
  void setWebhook_refusedByTelegram_stopsStartUpWithASentence() {
    api.faults().failNext("setWebhook", 1,
        new Fault.JsonError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));

    assertThatThrownBy(harness::start).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Telegram refused the webhook " + url())
        .hasMessageContaining("give run --webhook a public https:// URL").hasMessageNotContaining(api.token());
  }

  @Test
  void webhookSettings_withoutAValidSecret_stopStartUpWithASentence() {
    assertThatThrownBy(() -> Webhook.of(url(), "has spaces", "127.0.0.1", port))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
    assertThatThrownBy(() -> Webhook.of("ftp://example.org/x", SECRET, "127.0.0.1", port))
        .isInstanceOf(ConfigException.class).hasMessageContaining("https://");
  }

  private String url() {
    return "http://127.0.0.1:" + port + "/telegram/hook";
  }

  private int post(String body, Optional<String> secret) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
      secret.ifPresent(s -> request.header(WebhookServer.SECRET_HEADER, s));
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
