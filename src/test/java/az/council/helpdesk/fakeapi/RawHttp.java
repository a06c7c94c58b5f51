package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain HTTP against the fake, for what the telegrambots client cannot send (odd paths, bodies, encodings). */
final class RawHttp implements AutoCloseable {
  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final FakeBotApi api;

  RawHttp(FakeBotApi api) {
    this.api = api;
  }

  Answer post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  Answer json(String method, String json) {
    return post("/bot" + api.token() + "/" + method, "application/json", json);
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  CompletableFuture<Answer> jsonAsync(String method, String json) {
    HttpRequest request = HttpRequest.newBuilder(uri("/bot" + api.token() + "/" + method))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(RawHttp::answer);
  }

  private Answer send(HttpRequest request) {
    try {
      return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer answer(HttpResponse<String> response) {
    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  private URI uri(String path) {
    return URI.create(api.baseUrl() + path);
  }

  @Override
  public void close() {
    http.shutdownNow();
    http.close();
  }
}
