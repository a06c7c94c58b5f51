package az.council.helpdesk.telegram;

import static az.council.helpdesk.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.fakeapi.ChatMessage;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeBotApiConfig;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.Fault;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.UpdateInbox;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting again on the same data directory loses nothing and answers nothing twice. */
final class RestartTest {
  @TempDir Path dir;
  private final FakeUser user = FakeUser.of(42, "Leyla", "az");

  private int pendingOutbox() {
    try (Database database = Database.open(dir)) {
      return new Outbox(database).depth();
    }
  }

  @Test
  void whatTheOutboxHeldAtShutdown_isSentAfterTheRestart_once() {
    try (FakeBotApi api = FakeBotApi.start()) {
      try (BotHarness first = new BotHarness(api, dir)) {
        first.configure(c -> new az.council.helpdesk.config.Config(c.botToken(), c.api(), c.dataDir(), c.faqDir(),
            c.staffChatId(), c.adminIds(), c.sendLimits(), c.timeouts(), c.retry(), c.logLevel(), Duration.ofMillis(200),
            c.workers())).start();
        api.faults().failRandomly("sendMessage", 1.0, 1, new Fault.JsonError(500, "Internal Server Error"));
        api.incoming().text(user, "question before the outage");
        await().atMost(WAIT).until(() -> first.bot().metrics().snapshot().retries() >= 1);
      }
      assertThat(pendingOutbox()).isEqualTo(1);
      api.faults().clear();

      try (BotHarness second = new BotHarness(api, dir).start()) {
        assertThat(api.awaitMessages(42, 1, WAIT)).extracting(ChatMessage::text)
            .containsExactly("echo: question before the outage");
        await().atMost(WAIT).until(() -> second.bot().metrics().snapshot().delivered() == 1);
        await().atMost(WAIT).until(() -> pendingOutbox() == 0);
      }
      assertThat(api.chats().botMessagesSent(42)).isEqualTo(1);
    }
  }

  @Test
  void anUpdateStoredButNotHandled_isHandledAfterTheRestart_once() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    try (FakeBotApi api = FakeBotApi.start()) {
      try (BotHarness first = new BotHarness(api, dir)) {
        first.conversation(event -> {
          entered.countDown();
          try {
            new CountDownLatch(1).await(); // a handler stuck until shutdown interrupts it
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
          return List.of();
        }).configure(c -> new az.council.helpdesk.config.Config(c.botToken(), c.api(), c.dataDir(), c.faqDir(),
            c.staffChatId(), c.adminIds(), c.sendLimits(), c.timeouts(), c.retry(), c.logLevel(),
            Duration.ofMillis(200), c.workers())).start();
        api.incoming().text(user, "asked while the bot was stuck");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      }
      try (Database database = Database.open(dir)) {
        assertThat(new UpdateInbox(database).depth()).as("left pending, not failed").isEqualTo(1);
      }

      try (BotHarness second = new BotHarness(api, dir).start()) {
        assertThat(api.awaitMessages(42, 1, WAIT)).extracting(ChatMessage::text)
            .containsExactly("echo: asked while the bot was stuck");
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> second.events.size() == 1);
      }
    }
  }

  @Test
  void anUnreachableApiAtStart_isRetried_untilItComesUp() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    FakeBotApiConfig config = FakeBotApiConfig.defaults().withPort(port);
    FakeBotApi down = FakeBotApi.start(config);
    down.close(); // started only to learn the URL the bot must use; nothing listens there now
    BotHarness harness = new BotHarness(down, dir);
    CompletableFuture<BotHarness> starting = CompletableFuture.supplyAsync(harness::start);
    await().pollDelay(Duration.ofMillis(700)).atMost(WAIT).until(() -> !starting.isDone());

    try (FakeBotApi api = FakeBotApi.start(config); BotHarness running = starting.get(10, TimeUnit.SECONDS)) {
      api.incoming().text(user, "are you there?");
      assertThat(api.awaitMessages(42, 1, WAIT).get(0).text()).isEqualTo("echo: are you there?");
      assertThat(running.events).hasSize(1);
    }
  }

  @Test
  void closingWhileStillWaitingForTheApi_endsStartUpQuietly() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    FakeBotApi down = FakeBotApi.start(FakeBotApiConfig.defaults().withPort(port));
    down.close();
    try (Database database = Database.open(dir)) {
      BotHarness harness = new BotHarness(down, dir);
      TelegramBot bot = new TelegramBot(harness.config, database, e -> List.of(), StaffUpdates.IGNORE, (key, h) -> {},
          new az.council.helpdesk.i18n.Messages(), java.time.Clock.systemUTC());
      CompletableFuture<?> starting = CompletableFuture.supplyAsync(bot::start);
      await().pollDelay(Duration.ofMillis(300)).atMost(WAIT).until(() -> !starting.isDone());

      bot.close();

      assertThat(starting.get(5, TimeUnit.SECONDS)).isEqualTo(java.util.Optional.empty());
    }
  }
}
