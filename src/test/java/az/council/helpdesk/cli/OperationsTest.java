package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.config.ApiEndpoint;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.HttpTimeouts;
import az.council.helpdesk.config.RetryPolicy;
import az.council.helpdesk.config.Secret;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.ops.BotMetrics;
import az.council.helpdesk.ops.HealthServer;
import az.council.helpdesk.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The health and metrics endpoint of {@code run}, fed by the running bot, and the {@code health} command. */
final class OperationsTest {
  @TempDir Path dataDir;

  @Test
  void healthAndMetrics_reflectTheRunningBot_andTheHealthCommandReadsThem() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Database database = Database.open(dataDir);
      BotMetrics metrics = new BotMetrics();
      try (BotWiring.Wired wired = BotWiring.bot(config(api), Map.of(), database, FaqCatalog.load(Path.of("faq")),
              new Messages(), Clock.systemUTC(), metrics);
          HealthServer server = Operations.start(Map.of(Operations.PORT, "0"), metrics, wired.bot(), database,
              Clock.systemUTC()).orElseThrow()) {
        wired.bot().start().orElseThrow();
        String base = "http://127.0.0.1:" + server.port();
        api.incoming().text(FakeUser.of(42, "Ali", "en"), "How many days do I have to register my address?");
        api.awaitMessages(42, 1, Duration.ofSeconds(10));

        assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get(base + "/metrics").body())
            .contains("helpdesk_updates_processed_total{outcome=\"handled\"} 1.0")
            .contains("helpdesk_answers_total{reply=\"answer\"} 1.0")
            .contains("helpdesk_outbox_depth")
            .contains("helpdesk_search_seconds_count 1"));
        assertThat(health("--url", base + "/healthz")).isEqualTo(ExitCode.OK);

        database.close();
        HttpResponse<String> sick = get(base + "/healthz");
        assertThat(sick.statusCode()).isEqualTo(503);
        assertThat(sick.body()).contains("database");
        assertThat(health("--url", base + "/healthz")).isEqualTo(ExitCode.UNAVAILABLE);
      } finally {
        database.close();
      }
    }
  }

  @Test
  void healthCommand_nothingListening_isUnavailable() {
    assertThat(health("--url", "http://127.0.0.1:1/healthz")).isEqualTo(ExitCode.UNAVAILABLE);
  }

  @Test
  void operations_withoutAPort_areOff() {
    assertThat(Operations.start(Map.of(), new BotMetrics(), null, null, Clock.systemUTC())).isEmpty();
  }

  private static int health(String... args) {
    CommandLine line = new CommandLine(new HealthCommand(Map.of()));
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(new StringWriter()));
    return line.execute(args);
  }

  private static HttpResponse<String> get(String url) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
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
