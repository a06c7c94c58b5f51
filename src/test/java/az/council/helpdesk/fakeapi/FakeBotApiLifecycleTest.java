package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Starting, sharing and stopping: ports, bounded memory, concurrent callers, no thread left behind. */
final class FakeBotApiLifecycleTest {

  @Test
  void close_whileALongPollWaits_returnsAtOnce_andLeavesNoThreadBehind() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    FakeBotApi api = FakeBotApi.start();
    try (Socket socket = new Socket("127.0.0.1", api.port())) {
      socket.setSoTimeout(5_000);
      String body = "{\"timeout\":30}";
      OutputStream out = socket.getOutputStream();
      out.write(("POST /bot" + api.token() + "/getUpdates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
          + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      await().atMost(Duration.ofSeconds(5)).until(() -> api.waitingPolls() == 1);

      long started = System.nanoTime();
      api.close();
      api.close();

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(api.liveThreads()).isZero();
      InputStream in = socket.getInputStream();
      assertThat(drain(in)).doesNotContain("\"update_id\"");
    }
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(newThreads(before)).isEmpty());
  }

  @Test
  void afterClose_theportRefusesConnections() {
    FakeBotApi api = FakeBotApi.start();
    int port = api.port();
    api.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aGivenPort_isUsed() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withPort(free))) {
      assertThat(api.port()).isEqualTo(free);
      assertThat(api.baseUrl()).isEqualTo("http://127.0.0.1:" + free);
    }
  }

  @Test
  void recordsAndTranscripts_stayWithinTheirBounds_whileCountsStayExact() throws Exception {
    FakeUser ali = FakeUser.of(42, "Ali", "az");
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withBounds(3, 5, 4, 1024));
        RealClient client = new RealClient(api)) {
      api.incoming().text(ali, "hi");
      for (int i = 0; i < 10; i++) {
        client.telegram.execute(SendMessage.builder().chatId(42L).text("m" + i).build());
      }
      api.incoming().text(ali, "a");
      api.incoming().text(ali, "b");

      assertThat(api.calls().all()).hasSize(5);
      assertThat(api.calls().count("sendMessage")).isEqualTo(10);
      assertThat(api.chats().transcript(42)).hasSize(4);
      assertThat(api.chats().botMessagesSent(42)).isEqualTo(10);
      assertThatThrownBy(() -> api.incoming().text(ali, "c")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void concurrentSends_areAllRecordedWithDistinctMessageIds() throws Exception {
    int users = 8;
    int perUser = 40;
    try (FakeBotApi api = FakeBotApi.start(); RealClient client = new RealClient(api)) {
      for (int u = 1; u <= users; u++) {
        api.incoming().text(FakeUser.of(u, "U" + u, "en"), "hi");
      }
      ExecutorService senders = Executors.newFixedThreadPool(users, Thread.ofPlatform().name("test-sender-", 0)
          .factory());
      Set<String> ids = ConcurrentHashMap.newKeySet();
      List<Future<?>> done = new ArrayList<>();
      try {
        for (int u = 1; u <= users; u++) {
          long chat = u;
          done.add(senders.submit(() -> {
            for (int i = 0; i < perUser; i++) {
              var sent = client.telegram.execute(SendMessage.builder().chatId(chat).text("n" + i).build());
              ids.add(chat + ":" + sent.getMessageId());
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        senders.shutdownNow();
      }

      assertThat(ids).hasSize(users * perUser);
      for (int u = 1; u <= users; u++) {
        assertThat(api.chats().botMessages(u)).extracting(ChatMessage::messageId)
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, perUser + 1).boxed().toList());
      }
    }
  }

  private static String drain(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // reset by the stopping server: fine, it only must not hang
    }
  }

  private static List<String> newThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .map(Thread::getName)
        // JDK-wide infrastructure (virtual-thread carriers and their timer) and the test's own helpers stay
        .filter(name -> !name.startsWith("ForkJoinPool") && !name.startsWith("awaitility")
            && !name.startsWith("OkHttp") && !name.startsWith("Okio") && !name.startsWith("test-"))
        .toList();
  }
}
