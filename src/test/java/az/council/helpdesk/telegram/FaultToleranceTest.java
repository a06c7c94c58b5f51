package az.council.helpdesk.telegram;

import static az.council.helpdesk.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.config.HttpTimeouts;
import az.council.helpdesk.fakeapi.ApiCall;
import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram misbehaving: the bot survives every fault and the user ends up with the answer. */
final class FaultToleranceTest {
  @TempDir Path dir;
  private FakeBotApi api;
  private BotHarness harness;
  private final FakeUser user = FakeUser.of(42, "Rustam", "ru");

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    harness = new BotHarness(api, dir);
  }

  @AfterEach
  void stop() {
    harness.close();
    api.close();
  }

  private List<String> seen() {
    return api.chats().botMessages(42).stream().map(ChatMessage::text).toList();
  }

  private DeliveryMetrics.Snapshot metrics() {
    return harness.bot().metrics().snapshot();
  }

  @Test
  void tooManyRequests_isRetriedAfterRetryAfter_andDeliveredOnce() {
    harness.start();
    api.faults().failNext("sendMessage", 1, new Fault.TooManyRequests(1));

    api.incoming().text(user, "hello");

    List<ApiCall> sends = api.chats().awaitCalls("sendMessage", 2, WAIT);
    assertThat(sends).hasSize(2);
    assertThat(sends.get(1).nanoTime() - sends.get(0).nanoTime()).isGreaterThanOrEqualTo(1_000_000_000L);
    assertThat(seen()).containsExactly("echo: hello");
    assertThat(metrics().rateLimited()).isEqualTo(1);
  }

  @Test
  void serverErrors_jsonOrAProxysHtmlPage_areRetried_andDeliveredOnce() {
    harness.start();
    api.faults().failNext("sendMessage", 1, new Fault.JsonError(500, "Internal Server Error"))
        .failNext("sendMessage", 1, new Fault.HtmlError(502));

    api.incoming().text(user, "hello");

    assertThat(api.chats().awaitCalls("sendMessage", 3, WAIT)).hasSize(3);
    assertThat(seen()).containsExactly("echo: hello");
    assertThat(metrics().retries()).isEqualTo(2);
  }

  @Test
  void aDroppedConnection_isRetried_andCountedAsAPossibleDuplicate() {
    harness.start();
    api.faults().failNext("sendMessage", 1, new Fault.DropConnection());

    api.incoming().text(user, "hello");

    api.awaitMessages(42, 1, WAIT);
    assertThat(seen()).containsExactly("echo: hello");
    assertThat(metrics().possibleDuplicates()).isEqualTo(1);
  }

  @Test
  void anUnreadableAnswer_afterTheSendHappened_isRetried_andTheDuplicateIsCounted() {
    harness.start();
    api.faults().failNext("sendMessage", 1, new Fault.MalformedJson());

    api.incoming().text(user, "hello");

    await().atMost(WAIT).until(() -> metrics().delivered() == 1);
    assertThat(seen()).as("Telegram did the first send; the retry shows it again").containsExactly("echo: hello",
        "echo: hello");
    assertThat(metrics().possibleDuplicates()).isEqualTo(1);
  }

  @Test
  void aTimedOutSend_isRetried_andCountedAsAPossibleDuplicate() {
    harness.configure(c -> new az.council.helpdesk.config.Config(c.botToken(), c.api(), c.dataDir(), c.faqDir(),
        c.staffChatId(), c.adminIds(), c.sendLimits(), new HttpTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(50)), c.retry(), c.logLevel(),
        c.shutdownGrace(), c.workers())).start();
    api.faults().failNext("sendMessage", 1, new Fault.Delay(Duration.ofMillis(600)));

    api.incoming().text(user, "hello");

    await().atMost(WAIT).until(() -> metrics().delivered() == 1 && seen().size() == 2);
    assertThat(metrics().possibleDuplicates()).isEqualTo(1);
  }

  @Test
  void failingGetUpdates_recoversWithoutLosingTheUpdate() {
    harness.start();
    api.faults().failNext("getUpdates", 2, new Fault.HtmlError(502));

    api.incoming().text(user, "still there?");

    assertThat(api.awaitMessages(42, 1, WAIT).get(0).text()).isEqualTo("echo: still there?");
  }

  @Test
  void aTruncatedGetUpdatesAnswer_orADroppedPoll_losesNothing() {
    harness.start();
    api.faults().failNext("getUpdates", 1, new Fault.MalformedJson()).failNext("getUpdates", 1, new Fault.DropConnection());

    api.incoming().text(user, "first");
    api.incoming().text(user, "second");

    api.awaitMessages(42, 2, WAIT);
    assertThat(seen()).containsExactly("echo: first", "echo: second");
  }

  @Test
  void aPoisonUpdate_isSkipped_confirmed_andTheNextUpdatesAnswered() {
    harness.start();
    api.incoming().text(user, "before");
    api.awaitMessages(42, 1, WAIT);

    int poison = api.incoming().raw("{\"message\":{\"message_id\":\"not a number\",\"date\":1764000000,"
        + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"R\"},"
        + "\"text\":\"private words\"}}");
    api.incoming().text(user, "after");

    api.awaitMessages(42, 2, WAIT);
    api.chats().awaitConfirmed(poison, WAIT);
    assertThat(seen()).containsExactly("echo: before", "echo: after");
    assertThat(metrics().poisonUpdates()).isEqualTo(1);
  }

  @Test
  void aFlakyTelegram_everyMessageArrives_inOrder() {
    harness.start();
    api.faults().failRandomly("sendMessage", 0.3, 7, new Fault.JsonError(500, "Internal Server Error"),
        new Fault.HtmlError(502), new Fault.TooManyRequests(1), new Fault.DropConnection());

    for (int i = 0; i < 10; i++) {
      api.incoming().text(user, "q" + i);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> metrics().delivered() == 10);
    api.faults().clear();

    assertThat(seen().stream().distinct().toList()).containsExactly("echo: q0", "echo: q1", "echo: q2", "echo: q3",
        "echo: q4", "echo: q5", "echo: q6", "echo: q7", "echo: q8", "echo: q9");
  }
}
