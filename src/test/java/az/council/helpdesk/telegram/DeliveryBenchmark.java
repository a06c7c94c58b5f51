package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeBotApiConfig;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.RateLimits;
import az.council.helpdesk.store.Database;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements of the adapter, not part of the normal suite (the class name does not match the test
 * includes): {@code ./mvnw -B -o test -Dtest=DeliveryBenchmark} (add {@code -Dupdates=N -Dusers=N}). Figures go
 * to stdout as {@code BENCH ...} lines. An echo conversation, so the adapter is measured, not the triage.
 */
final class DeliveryBenchmark {
  @TempDir Path dir;
  private final int updates = Integer.getInteger("updates", 20_000);
  private final int users = Integer.getInteger("users", 1_000);

  /** Intake, processing and outbox over SQLite on disk, with a Bot API that answers at once (no HTTP). */
  @Test
  void adapterWithoutHttp() throws Exception {
    EventHandler echo = e -> List.of(new Action.Send(e.sender().chatId(), "echo", Keyboard.NONE));
    try (Database database = Database.open(dir);
        Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, new ScriptedApi()).start()) {
      pipeline.poll(UpdateJson.text(1, 1, "warm-up"));
      await().until(() -> pipeline.metrics.snapshot().delivered() == 1);
      long started = System.nanoTime();
      int id = 2;
      for (int batch = 0; batch < updates / 100; batch++) {
        ObjectNode[] json = new ObjectNode[100];
        for (int i = 0; i < 100; i++, id++) {
          json[i] = UpdateJson.text(id, 100 + id % 100, "q" + id);
        }
        pipeline.poll(json);
      }
      await().atMost(Duration.ofMinutes(5)).until(() -> pipeline.metrics.snapshot().delivered() == updates + 1);
      report("adapter without HTTP", updates, started);
    }
  }

  /** The real bot against the in-process fake Bot API, no rate limit: updates/s end to end. */
  @Test
  void endToEnd() {
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withBounds(updates * 2, 1_000, 100, 1 << 20));
        BotHarness harness = new BotHarness(api, dir).start()) {
      api.incoming().text(FakeUser.of(1, "warm-up", "en"), "warm-up");
      await().atMost(Duration.ofSeconds(30)).until(() -> harness.bot().metrics().snapshot().delivered() == 1);
      long started = System.nanoTime();
      for (int i = 0; i < updates; i++) {
        api.incoming().text(FakeUser.of(100 + i % 100, "u", "ru"), "q" + i);
      }
      await().atMost(Duration.ofMinutes(5)).until(() -> harness.bot().metrics().snapshot().delivered() == updates + 1);
      report("end to end, 100 users, fake Bot API", updates, started);
    }
  }

  /** {@code users} users ask at once; the fake enforces 30 msg/s per bot and 1 msg/s per chat (429 beyond). */
  @Test
  void burstUnderTelegramLimits() {
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withRateLimits(RateLimits.telegram())
            .withBounds(users * 2, 1_000, 100, 1 << 20));
        BotHarness harness = new BotHarness(api, dir).configure(c -> new Config(c.botToken(), c.api(), c.dataDir(),
            c.faqDir(), c.staffChatId(), c.adminIds(), SendLimits.TELEGRAM, c.timeouts(), c.retry(), c.logLevel(),
            c.shutdownGrace(), c.workers())).start()) {
      long started = System.nanoTime();
      for (int i = 0; i < users; i++) {
        api.incoming().text(FakeUser.of(100 + i, "u", "ru"), "q" + i);
      }
      await().atMost(Duration.ofMinutes(5)).until(() -> harness.bot().metrics().snapshot().delivered() == users);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("BENCH burst: %d users answered in %.1f s (Telegram's 30/s allows %.1f s), 429s: %d%n", users,
          seconds, users / 30.0, api.tooManyRequestsSent());
      assertThat(api.tooManyRequestsSent()).isZero();
    }
  }

  private static void report(String what, int count, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf("BENCH %s: %d updates answered in %.1f s = %.0f updates/s%n", what, count, seconds, count / seconds);
  }
}
