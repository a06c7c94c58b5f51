package az.council.helpdesk.bench;

import az.council.helpdesk.config.ApiEndpoint;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.RetryPolicy;
import az.council.helpdesk.config.Secret;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.fakeapi.ApiCall;
import az.council.helpdesk.fakeapi.CallLog;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeBotApiConfig;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.RateLimits;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.telegram.StaffUpdates;
import az.council.helpdesk.telegram.TelegramBot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * {@code bench e2e} and {@code bench burst}: the real Telegram adapter (telegrambots client, long polling,
 * SQLite intake and outbox on disk) against the in-process fake Bot API, with an echo conversation so the
 * adapter is measured, not the triage. {@code e2e} has no rate limit and reports updates/s and the latency
 * from an update being queued at the fake to the bot's sendMessage reaching it; {@code burst} lets the fake
 * enforce Telegram's limits (30 msg/s per bot, 1 msg/s per chat, 429 beyond).
 */
public final class DeliveryBenchmark {
  private static final EventHandler ECHO = e -> List.of(new Action.Send(e.sender().chatId(), "echo", Keyboard.NONE));
  private static final Duration LIMIT = Duration.ofMinutes(10);

  private final PrintWriter out;

  public DeliveryBenchmark(PrintWriter out) {
    this.out = out;
  }

  /**
   * Figures of one end-to-end run: throughput with every update queued at once (its latencies are mostly time in
   * the queue), then latencies with updates arriving one by one at a steady {@code rate} the bot keeps up with.
   */
  public record EndToEnd(int updates, double seconds, double p50Millis, double p99Millis, int rate, int paced,
      double pacedP50Millis, double pacedP99Millis) {
    public double perSecond() {
      return updates / seconds;
    }
  }

  /** Figures of one burst. */
  public record Burst(int users, double seconds, long tooManyRequests) {
    public double allowedSeconds() {
      return users / 30.0;
    }
  }

  /** {@code updates} questions from {@code users} users queued at once, then {@code paced} more at {@code rate}/s. */
  public EndToEnd endToEnd(int updates, int users, int paced, int rate) throws IOException {
    Path dir = Files.createTempDirectory("bench-e2e");
    try {
      return endToEnd(dir, updates, users, paced, rate);
    } finally {
      delete(dir);
    }
  }

  private EndToEnd endToEnd(Path dir, int updates, int users, int paced, int rate) {
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults()
            .withBounds((updates + paced) * 2 + 10, 1_000, 100, 1 << 20));
        Database database = Database.open(dir);
        TelegramBot bot = bot(api, database, dir, new SendLimits(100_000, Duration.ZERO))) {
      bot.start().orElseThrow();
      api.incoming().text(FakeUser.of(1, "warm-up", "en"), "warm-up");
      awaitTrue(() -> bot.metrics().snapshot().delivered() == 1);
      Map<Long, Queue<Long>> queued = new ConcurrentHashMap<>();
      Latencies burst = new Latencies();
      Latencies steady = new Latencies();
      double seconds;
      try (CallLog.Subscription ignored = api.calls().subscribe(call -> answered(call, queued, burst))) {
        long started = System.nanoTime();
        for (int i = 0; i < updates; i++) {
          ask(api, queued, 100 + i % users, "q" + i);
        }
        awaitTrue(() -> bot.metrics().snapshot().delivered() == updates + 1);
        seconds = (System.nanoTime() - started) / 1e9;
      }
      try (CallLog.Subscription ignored = api.calls().subscribe(call -> answered(call, queued, steady))) {
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < paced; i++) {
          LockSupport.parkNanos(next - System.nanoTime());
          next += interval;
          ask(api, queued, 100 + i % users, "p" + i);
        }
        awaitTrue(() -> bot.metrics().snapshot().delivered() == updates + paced + 1);
      }
      EndToEnd result;
      synchronized (burst) {
        synchronized (steady) {
          result = new EndToEnd(updates, seconds, burst.percentileMillis(50), burst.percentileMillis(99), rate, paced,
              paced == 0 ? 0 : steady.percentileMillis(50), paced == 0 ? 0 : steady.percentileMillis(99));
        }
      }
      out.printf(Locale.ROOT, "e2e: %d updates from %d users answered in %.1f s = %.0f updates/s;"
          + " all queued at once: update queued to sendMessage p50 %.1f ms, p99 %.1f ms%n", updates, users, seconds,
          result.perSecond(), result.p50Millis(), result.p99Millis());
      if (paced > 0) {
        out.printf(Locale.ROOT, "e2e: %d updates arriving at %d/s: update queued to sendMessage p50 %.1f ms,"
            + " p99 %.1f ms%n", paced, rate, result.pacedP50Millis(), result.pacedP99Millis());
      }
      out.flush();
      return result;
    }
  }

  private static void ask(FakeBotApi api, Map<Long, Queue<Long>> queued, long chat, String text) {
    // one chat's updates are answered in order, so its queue's head is the update the next answer is for
    queued.computeIfAbsent(chat, c -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
    api.incoming().text(FakeUser.of(chat, "u", "ru"), text);
  }

  private static void answered(ApiCall call, Map<Long, Queue<Long>> queued, Latencies latencies) {
    if (!call.method().equals("sendMessage") || !call.succeeded()) {
      return;
    }
    Optional<Long> sent = call.chatId().map(queued::get).map(Queue::poll);
    sent.ifPresent(at -> {
      synchronized (latencies) {
        latencies.add(call.nanoTime() - at);
      }
    });
  }

  /** {@code users} users ask one question each at once, against a fake that enforces Telegram's limits. */
  public Burst burst(int users) throws IOException {
    Path dir = Files.createTempDirectory("bench-burst");
    try {
      return burst(dir, users);
    } finally {
      delete(dir);
    }
  }

  private Burst burst(Path dir, int users) {
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withRateLimits(RateLimits.telegram())
            .withBounds(users * 2 + 10, 1_000, 100, 1 << 20));
        Database database = Database.open(dir);
        TelegramBot bot = bot(api, database, dir, SendLimits.TELEGRAM)) {
      bot.start().orElseThrow();
      long started = System.nanoTime();
      for (int i = 0; i < users; i++) {
        api.incoming().text(FakeUser.of(100 + i, "u", "ru"), "q" + i);
      }
      awaitTrue(() -> bot.metrics().snapshot().delivered() == users);
      Burst result = new Burst(users, (System.nanoTime() - started) / 1e9, api.tooManyRequestsSent());
      out.printf(Locale.ROOT, "burst: %d users answered in %.1f s (30 msg/s allows %.1f s, ratio %.2f), 429s: %d%n",
          users, result.seconds(), result.allowedSeconds(), result.seconds() / result.allowedSeconds(),
          result.tooManyRequests());
      out.flush();
      return result;
    }
  }

  /** Removes the benchmark's database and everything else it left in its temporary folder. */
  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static TelegramBot bot(FakeBotApi api, Database database, Path dir, SendLimits limits) {
    Config defaults = Config.defaults(dir);
    Config config = new Config(Optional.of(new Secret(api.token())), ApiEndpoint.parse(ConfigLoader.API_URL,
        api.baseUrl()), defaults.dataDir(), defaults.faqDir(), Optional.empty(), defaults.adminIds(), limits,
        defaults.timeouts(), new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400)), "WARN",
        Duration.ofSeconds(5), defaults.workers());
    return new TelegramBot(config, database, ECHO, StaffUpdates.IGNORE, (key, handOff) -> {}, new Messages(),
        Clock.systemUTC());
  }

  /** Polls the condition every millisecond (a benchmark has no awaitility) until it holds or ten minutes pass. */
  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the bot did not answer everything within " + LIMIT.toMinutes() + " minutes");
      }
      try {
        TimeUnit.MILLISECONDS.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }
}
