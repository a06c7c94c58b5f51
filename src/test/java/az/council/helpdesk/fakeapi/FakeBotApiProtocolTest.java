package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire protocol, spoken with plain HTTP: paths, encodings, error bodies, getUpdates and webhooks. */
final class FakeBotApiProtocolTest {
  private static final FakeUser ALI = FakeUser.of(42, "Ali", "az");
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

  private FakeBotApi api;
  private RawHttp http;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApiConfig.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    http = new RawHttp(api);
    api.incoming().text(ALI, "salam");
  }

  @AfterEach
  void stop() {
    http.close();
    api.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sendMessage", "sendmessage", "SENDMESSAGE", "test/sendMessage"})
  void methodNames_matchInAnyCase_andOnTheTestServerPath(String method) {
    RawHttp.Answer answer = http.json(method, "{\"chat_id\":\"42\",\"text\":\"hi\",\"method\":\"sendmessage\"}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("result").path("chat").path("id").asLong()).isEqualTo(42L);
    assertThat(api.calls().all()).extracting(ApiCall::method).containsExactly("sendMessage");
  }

  @Test
  void results_carryDatesInSeconds() {
    JsonNode message = http.json("sendMessage", "{\"chat_id\":42,\"text\":\"hi\"}").json().path("result");

    assertThat(message.path("date").asLong()).isEqualTo(NOW.getEpochSecond());
  }

  @Test
  void anUnknownMethod_isNotFoundShapedLikeTelegram() {
    RawHttp.Answer answer = http.json("sendTelepathy", "{}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
  }

  @Test
  void aWrongToken_isUnauthorizedShapedLikeTelegram() {
    RawHttp.Answer answer = http.post("/bot1:WRONGWRONGWRONG/getMe", "application/json", "{}");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
  }

  @Test
  void formAndQueryParameters_areReadLikeJson() {
    RawHttp.Answer form = http.post("/bot" + api.token() + "/sendMessage", "application/x-www-form-urlencoded",
        "chat_id=42&text=Salam%20d%C3%BCnya&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22A%22%2C"
            + "%22callback_data%22%3A%22a%22%7D%5D%5D%7D");
    RawHttp.Answer query = http.get("/bot" + api.token() + "/sendMessage?chat_id=42&text=query");

    assertThat(form.json().path("result").path("text").asText()).isEqualTo("Salam dünya");
    assertThat(form.json().path("result").path("reply_markup").path("inline_keyboard").get(0).get(0)
        .path("callback_data").asText()).isEqualTo("a");
    assertThat(query.json().path("result").path("text").asText()).isEqualTo("query");
  }

  @Test
  void multipartUploads_areStoredAndDownloadableLikeTelegramFiles() {
    String body = """
        --XyZ\r
        Content-Disposition: form-data; name="chat_id"\r
        \r
        42\r
        --XyZ\r
        Content-Disposition: form-data; name="document"; filename="note.txt"\r
        Content-Type: application/octet-stream\r
        \r
        Qeyd: sənəd\r
        --XyZ--\r
        """;
    JsonNode document = http.post("/bot" + api.token() + "/sendDocument", "multipart/form-data; boundary=XyZ", body)
        .json().path("result").path("document");
    String path = http.json("getFile", "{\"file_id\":\"" + document.path("file_id").asText() + "\"}")
        .json().path("result").path("file_path").asText();

    RawHttp.Answer download = http.get("/file/bot" + api.token() + "/" + path);

    assertThat(document.path("file_name").asText()).isEqualTo("note.txt");
    assertThat(document.path("mime_type").asText()).isEqualTo("text/plain");
    assertThat(download.body()).isEqualTo("Qeyd: sənəd");
  }

  @Test
  void getUpdates_returnsFromTheOffset_confirmsWhatIsBelow_andHonoursLimitAndNegativeOffsets() {
    api.incoming().text(ALI, "two");
    api.incoming().text(ALI, "three");

    assertThat(ids(poll("{}"))).containsExactly(1, 2, 3);
    assertThat(ids(poll("{\"offset\":0}"))).containsExactly(1, 2, 3);
    assertThat(api.redeliveredUpdates()).isEqualTo(3);
    assertThat(ids(poll("{\"offset\":2,\"limit\":1}"))).containsExactly(2);
    assertThat(api.pendingUpdates()).isEqualTo(2);
    assertThat(ids(poll("{\"offset\":-1}"))).containsExactly(3);
    assertThat(ids(poll("{\"offset\":4}"))).isEmpty();
    assertThat(api.confirmedBelow()).isEqualTo(4);
  }

  @Test
  void getUpdates_withATimeoutAndNothingPending_waitsTheWholeTimeout() {
    poll("{\"offset\":2}");
    long started = System.nanoTime();

    JsonNode result = poll("{\"offset\":2,\"timeout\":1}");

    assertThat(result).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void getUpdates_answersAsSoonAsAnUpdateArrives() {
    CompletableFuture<RawHttp.Answer> waiting = http.jsonAsync("getUpdates", "{\"offset\":2,\"timeout\":20}");
    await().atMost(Duration.ofSeconds(2)).until(() -> api.waitingPolls() == 1);
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

    api.incoming().text(ALI, "here");

    RawHttp.Answer answer = waiting.orTimeout(3, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(answer.json().path("result").get(0).path("message").path("text").asText()).isEqualTo("here");
  }

  @Test
  void aSecondGetUpdates_endsTheWaitingOneWithConflict() {
    CompletableFuture<RawHttp.Answer> first = http.jsonAsync("getUpdates", "{\"offset\":2,\"timeout\":20}");
    await().atMost(Duration.ofSeconds(2)).until(() -> api.waitingPolls() == 1);

    poll("{\"offset\":2}");

    RawHttp.Answer answer = first.orTimeout(3, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().path("description").asText())
        .isEqualTo("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
  }

  @Test
  void rawUpdates_arriveVerbatim_withTheNextUpdateId() {
    int id = api.incoming().raw("{\"update_id\":999,\"message\":{\"message_id\":\"not-a-number\"}}");

    JsonNode update = poll("{\"offset\":2}").get(0);

    assertThat(id).isEqualTo(2);
    assertThat(update.path("update_id").asInt()).isEqualTo(2);
    assertThat(update.path("message").path("message_id").asText()).isEqualTo("not-a-number");
  }

  @Test
  void aWebhook_receivesTheUpdatesWithTheSecretHeader_andBlocksGetUpdates() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    List<String> secrets = new CopyOnWriteArrayList<>();
    ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("test-webhook").factory());
    HttpServer bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    bot.createContext("/hook", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    bot.setExecutor(executor);
    bot.start();
    try {
      String url = "http://127.0.0.1:" + bot.getAddress().getPort() + "/hook";
      assertThat(http.json("setWebhook", "{\"url\":\"" + url + "\",\"secret_token\":\"s3cret\"}").status()).isEqualTo(200);

      await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1 && api.pendingUpdates() == 0);
      assertThat(received.get(0)).contains("\"text\":\"salam\"");
      assertThat(secrets).containsExactly("s3cret");
      assertThat(http.json("getUpdates", "{}").status()).isEqualTo(409);
      assertThat(http.json("getWebhookInfo", "{}").json().path("result").path("url").asText()).isEqualTo(url);

      http.json("deleteWebhook", "{}");
      api.incoming().text(ALI, "polling again");
      assertThat(poll("{}")).hasSize(1);
    } finally {
      bot.stop(0);
      executor.shutdownNow();
    }
  }

  @Test
  void injectedErrors_haveTelegramsBodies() {
    api.faults().failNext(1, Fault.tooManyRequests(7)).failNext(1, Fault.badGateway());

    RawHttp.Answer tooMany = http.json("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}");
    RawHttp.Answer gateway = http.json("sendMessage", "{\"chat_id\":42,\"text\":\"b\"}");

    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.body()).isEqualTo("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry"
        + " after 7\",\"parameters\":{\"retry_after\":7}}");
    assertThat(gateway.status()).isEqualTo(502);
    assertThat(gateway.contentType()).isEqualTo("text/html");
    assertThat(gateway.body()).contains("<title>502 Bad Gateway</title>");
    assertThat(api.chats().botMessages(42)).isEmpty();
  }

  private JsonNode poll(String json) {
    RawHttp.Answer answer = http.json("getUpdates", json);
    assertThat(answer.status()).isEqualTo(200);
    return answer.json().path("result");
  }

  private static List<Integer> ids(JsonNode updates) {
    return StreamSupport.stream(updates.spliterator(), false).map(u -> u.path("update_id").asInt()).toList();
  }
}
