package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.config.ApiEndpoint;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.HttpTimeouts;
import az.council.helpdesk.config.RetryPolicy;
import az.council.helpdesk.config.Secret;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.ops.BotMetrics;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.telegram.Webhook;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real wiring (conversation, FAQ, SQLite) receiving updates by webhook from the fake Bot API. */
final class WebhookRunTest {
  @TempDir Path dataDir;

  @Test
  void aQuestionDeliveredByWebhook_isAnsweredFromTheFaq_andHealthDoesNotWaitForPolls() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Webhook webhook = Webhook.of("http://127.0.0.1:" + port + "/hook", "secret-1", "127.0.0.1", port);
    try (FakeBotApi api = FakeBotApi.start(); Database database = Database.open(dataDir);
        BotWiring.Wired wired = BotWiring.bot(config(api), Optional.of(webhook), Map.of(), database,
            FaqCatalog.load(Path.of("faq")), new Messages(), Clock.systemUTC(), new BotMetrics())) {
      wired.bot().start().orElseThrow();
      api.incoming().text(FakeUser.of(42, "Ali", "en"), "How many days do I have to register my address?");

      List<ChatMessage> answers = api.awaitMessages(42, 1, Duration.ofSeconds(10));

      assertThat(answers.getFirst().text()).containsIgnoringCase("register");
      assertThat(api.calls().count("getUpdates")).isZero();
      Clock muchLater = Clock.fixed(Instant.now().plus(Duration.ofHours(1)), java.time.ZoneOffset.UTC);
      assertThat(Operations.health(wired.bot(), database, muchLater, Instant.now())).isEmpty();
    }
  }

  private Config config(FakeBotApi api) {
    return new Config(Optional.of(new Secret(api.token())), ApiEndpoint.parse(ConfigLoader.API_URL, api.baseUrl()),
        dataDir, Path.of("faq"), Optional.empty(), Set.of(), new SendLimits(100_000, Duration.ZERO),
        new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(50)),
        new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400)), "INFO", Duration.ofSeconds(2), 2);
  }
}
