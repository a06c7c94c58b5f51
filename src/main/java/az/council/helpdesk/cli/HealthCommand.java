package az.council.helpdesk.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code health}: asks a running bot's {@code /healthz} and exits 0 when it is healthy, 4 otherwise; for the
 * Dockerfile's HEALTHCHECK, which then needs no curl in the image.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Check a running bot's health endpoint; exit 0 when healthy, 4 when not (or unreachable).")
final class HealthCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL",
      description = "The health endpoint (default: http://HELPDESK_HTTP_HOST:HELPDESK_HTTP_PORT/healthz,"
          + " i.e. http://127.0.0.1:8080/healthz)")
  Optional<URI> url = Optional.empty();

  private final Map<String, String> environment;

  HealthCommand() {
    this(System.getenv());
  }

  HealthCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    URI target = url.orElseGet(() -> URI.create("http://" + environment.getOrDefault(Operations.HOST, "127.0.0.1")
        + ":" + environment.getOrDefault(Operations.PORT, "8080") + "/healthz"));
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5)).GET()
          .build(), HttpResponse.BodyHandlers.ofString());
      boolean healthy = answer.statusCode() == 200;
      (healthy ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(answer.body().strip());
      return healthy ? ExitCode.OK : ExitCode.UNAVAILABLE;
    } catch (IOException e) {
      spec.commandLine().getErr().println("unhealthy: " + target + " does not answer (" + e.getClass().getSimpleName()
          + ")");
      return ExitCode.UNAVAILABLE;
    }
  }
}
