package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.BlockedChats;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.OutboxEntry;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

final class OutboxSenderTest {
  @TempDir Path dir;
  private Database database;
  private Outbox outbox;
  private final ScriptedApi api = new ScriptedApi();
  private final DeliveryMetrics metrics = new DeliveryMetrics();
  private final List<Action.HandOff> handedOff = new CopyOnWriteArrayList<>();
  private final OutboxCodec codec = new OutboxCodec();
  private HandOffSink sink = (key, h) -> handedOff.add(h);
  private ChatBlocks blocks;
  private OutboxSender sender;

  @BeforeEach
  void open() {
    database = Database.open(dir);
    outbox = new Outbox(database);
    blocks = new ChatBlocks(new BlockedChats(database), Clock.systemUTC());
  }

  @AfterEach
  void close() throws Exception {
    if (sender != null) {
      sender.close();
    }
    database.close();
  }

  private OutboxSender start(SendLimits limits) {
    sender = new OutboxSender(outbox, api, (key, h) -> sink.accept(key, h), blocks, limits, 64,
        new Backoff(Duration.ofMillis(20), Duration.ofMillis(80), new Random(1)), metrics, Clock.systemUTC(),
        NamedThreads.named("test-outbox"), Executors.newFixedThreadPool(2, NamedThreads.named("test-done")));
    sender.start();
    return sender;
  }

  private void queue(Outgoing... calls) {
    List<OutboxEntry.New> rows = new ArrayList<>();
    for (Outgoing call : calls) {
      rows.add(codec.encode(call));
    }
    List<OutboxEntry> entries = outbox.enqueue(rows, System.currentTimeMillis());
    if (sender != null) {
      sender.add(entries);
    }
  }

  private static Outgoing.Message text(long chat, String text) {
    return new Outgoing.Message(chat, text, Keyboard.NONE);
  }

  private static final SendLimits FAST = new SendLimits(1000, Duration.ZERO);

  @Test
  void deliversEachChatInOrder_andEmptiesTheOutbox() {
    start(FAST);

    queue(text(1, "a1"), text(2, "b1"), text(1, "a2"), text(2, "b2"), text(1, "a3"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).containsExactly("a1", "a2", "a3");
    assertThat(api.texts("2")).containsExactly("b1", "b2");
    assertThat(metrics.snapshot().delivered()).isEqualTo(5);
  }

  @Test
  void oneChat_getsAtMostOneMessagePerInterval() {
    start(new SendLimits(1000, Duration.ofMillis(200)));

    queue(text(1, "a"), text(1, "b"), text(1, "c"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    List<ScriptedApi.Call> calls = api.calls();
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i).atNanos() - calls.get(i - 1).atNanos()).isGreaterThanOrEqualTo(199_000_000L);
    }
  }

  @Test
  void tooManyRequests_waitsRetryAfterThenDelivers() {
    AtomicInteger attempts = new AtomicInteger();
    api.answer(call -> attempts.incrementAndGet() == 1 ? ScriptedApi.error(429, "Too Many Requests: retry after 1", 1) : null);
    start(FAST);

    queue(text(1, "hello"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    List<ScriptedApi.Call> calls = api.calls();
    assertThat(calls).hasSize(2);
    // The sender schedules by a millisecond clock, the calls are stamped in nanoseconds: allow that 1 ms.
    assertThat(calls.get(1).atNanos() - calls.get(0).atNanos()).isGreaterThanOrEqualTo(999_000_000L);
    assertThat(metrics.snapshot().rateLimited()).isEqualTo(1);
  }

  @Test
  void blockedUser_isTriedOnce_itsWaitingMessagesDropped_otherChatsUnaffected() {
    api.answer(call -> call.chatId().equals("1") ? ScriptedApi.error(403, "Forbidden: bot was blocked by the user", null) : null);
    start(new SendLimits(1000, Duration.ofMillis(50)));

    Action.HandOff handOff = new Action.HandOff(1, 1, Language.AZ, Action.HandOff.Reason.URGENT, Optional.empty(),
        List.of("help"));
    queue(text(1, "a1"), text(1, "a2"), new Outgoing.HandOff(handOff), text(1, "a3"), text(2, "b1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).containsExactly("a1");
    assertThat(handedOff).as("a hand-off is never dropped").containsExactly(handOff);
    assertThat(api.texts("2")).containsExactly("b1");
    assertThat(outbox.count("dropped")).isEqualTo(3);
    assertThat(blocks.isBlocked(1)).isTrue();
    assertThat(metrics.snapshot().blockedChats()).isEqualTo(1);

    queue(text(1, "later"));
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).as("nothing more is sent to a blocked chat").containsExactly("a1");
  }

  @Test
  void badRequest_failsThatRowOnly() {
    api.answer(call -> call.text().equals("bad") ? ScriptedApi.error(400, "Bad Request: chat not found", null) : null);
    start(FAST);

    queue(text(1, "bad"), text(1, "good"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).containsExactly("bad", "good");
    assertThat(outbox.count("failed")).isEqualTo(1);
    assertThat(metrics.snapshot().permanentFailures()).isEqualTo(1);
  }

  @Test
  void editWithUnchangedText_countsAsDelivered() {
    api.answer(call -> ScriptedApi.error(400, "Bad Request: message is not modified", null));
    start(FAST);

    queue(new Outgoing.EditText(1, 5, "same", Keyboard.NONE));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(outbox.count("failed")).isZero();
    assertThat(metrics.snapshot().delivered()).isEqualTo(1);
  }

  @Test
  void timeout_isRetried_andCountedAsAPossibleDuplicate() {
    AtomicInteger attempts = new AtomicInteger();
    api.answer(call -> attempts.incrementAndGet() <= 2
        ? new org.telegram.telegrambots.meta.exceptions.TelegramApiException("Unable to execute sendmessage method",
            new SocketTimeoutException("timeout"))
        : null);
    start(FAST);

    queue(text(1, "hello"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).containsExactly("hello", "hello", "hello");
    assertThat(metrics.snapshot().possibleDuplicates()).isEqualTo(2);
    assertThat(metrics.snapshot().retries()).isEqualTo(2);
  }

  @Test
  void proxyErrorPage_isTransient() {
    AtomicInteger attempts = new AtomicInteger();
    api.answer(call -> attempts.incrementAndGet() == 1
        ? new TelegramApiRequestException("Unable to deserialize response", new RuntimeException("<html>"))
        : null);
    start(FAST);

    queue(text(1, "hello"));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.texts("1")).containsExactly("hello", "hello");
    assertThat(outbox.count("failed")).isZero();
  }

  @Test
  void handOff_goesToTheSink_andIsRetriedWhenTheSinkFails_underTheSameKey() {
    AtomicInteger attempts = new AtomicInteger();
    List<Long> keys = new CopyOnWriteArrayList<>();
    sink = (key, h) -> {
      keys.add(key);
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("cases not ready");
      }
      handedOff.add(h);
    };
    start(FAST);
    Action.HandOff handOff = new Action.HandOff(7, 1, Language.RU, Action.HandOff.Reason.USER_ASKED, Optional.empty(),
        List.of("q"));

    queue(new Outgoing.HandOff(handOff));

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(handedOff).containsExactly(handOff);
    assertThat(keys).hasSize(2).containsOnly(keys.get(0));
    assertThat(api.calls()).isEmpty();
  }

  @Test
  void restart_sendsWhatThePreviousRunLeft() {
    queue(text(1, "left over"), text(2, "also"));

    start(FAST);

    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.depth() == 0);
    assertThat(api.calls()).extracting(ScriptedApi.Call::text).containsExactlyInAnyOrder("left over", "also");
  }

  @Test
  void drain_returnsWhenEmpty_orAtTheDeadline() throws Exception {
    api.answer(call -> ScriptedApi.error(500, "Internal Server Error", null));
    start(FAST);
    queue(text(1, "stuck"));

    long started = System.nanoTime();
    assertThat(sender.drain(Duration.ofMillis(300))).isFalse();
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(300_000_000L);

    api.answer(call -> null);
    assertThat(sender.drain(Duration.ofSeconds(5))).isTrue();
  }
}
