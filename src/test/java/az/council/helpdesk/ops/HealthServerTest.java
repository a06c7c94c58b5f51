package az.council.helpdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class HealthServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(HealthServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthz_saysOkOrWhatIsWrong() throws Exception {
    AtomicReference<Optional<String>> state = new AtomicReference<>(Optional.empty());
    try (HealthServer server = HealthServer.start("127.0.0.1", 0, new BotMetrics(), state::get)) {
      assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      state.set(Optional.of("polling stopped 5 minutes ago"));
      HttpResponse<String> sick = get(server, "/healthz");
      assertThat(sick.statusCode()).isEqualTo(503);
      assertThat(sick.body()).isEqualTo("polling stopped 5 minutes ago");
    }
  }

  @Test
  void metrics_exposeTheCountersInPrometheusText() throws Exception {
    BotMetrics metrics = new BotMetrics();
    metrics.updateProcessed("ok");
    metrics.answered("answer");
    metrics.escalated("urgent");
    metrics.sendFailed("transient");
    metrics.searched(700_000);
    metrics.gauge("helpdesk_outbox_depth", "Messages waiting to be sent", () -> 3);
    try (HealthServer server = HealthServer.start("127.0.0.1", 0, metrics, Optional::empty)) {
      String body = get(server, "/metrics").body();
      assertThat(body)
          .contains("helpdesk_updates_processed_total{outcome=\"ok\"} 1.0")
          .contains("helpdesk_answers_total{reply=\"answer\"} 1.0")
          .contains("helpdesk_escalations_total{reason=\"urgent\"} 1.0")
          .contains("helpdesk_send_errors_total{kind=\"transient\"} 1.0")
          .contains("helpdesk_search_seconds_bucket{le=\"0.001\"} 1")
          .contains("helpdesk_outbox_depth 3.0");
    }
  }
}
