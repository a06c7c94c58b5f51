package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class UpdatePipelineTest {
  @TempDir Path dir;
  private Database database;
  private final ScriptedApi api = new ScriptedApi();
  private final List<Event> seen = new CopyOnWriteArrayList<>();
  private final EventHandler echo = event -> {
    seen.add(event);
    return event instanceof Event.Text t
        ? List.of(new Action.Send(t.sender().chatId(), "echo: " + t.text(), Keyboard.NONE))
        : List.of();
  };

  @BeforeEach
  void open() {
    database = Database.open(dir);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void consume_returnsOnlyAfterTheBatchIsStored() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EventHandler slow = event -> {
      awaitLatch(release);
      return List.of();
    };
    try (Pipeline pipeline = new Pipeline(database, slow, StaffUpdates.IGNORE, api).start()) {
      pipeline.poll(UpdateJson.text(1, 42, "a"), UpdateJson.text(2, 43, "b"));

      assertThat(pipeline.inbox.pending()).extracting(u -> u.updateId()).containsExactly(1L, 2L);
      release.countDown();
      await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.inbox.depth() == 0);
    }
  }

  @Test
  void redeliveredUpdates_areHandledOnce() throws Exception {
    try (Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, api).start()) {
      pipeline.poll(UpdateJson.text(1, 42, "a"), UpdateJson.text(2, 42, "b"));
      pipeline.poll(UpdateJson.text(2, 42, "b"), UpdateJson.text(3, 42, "c"));

      await().atMost(Duration.ofSeconds(5)).until(() -> api.texts("42").size() == 3);
      assertThat(api.texts("42")).containsExactly("echo: a", "echo: b", "echo: c");
      assertThat(pipeline.metrics.snapshot().updatesRedelivered()).isEqualTo(1);
    }
  }

  @Test
  void aPoisonUpdate_isSkipped_andTheRestOfTheBatchAnswered() throws Exception {
    try (Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, api).start()) {
      pipeline.pollRaw(UpdateJson.text(1, 42, "before").toString(),
          "{\"update_id\":2,\"message\":{\"message_id\":[],\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"}}}",
          UpdateJson.text(3, 42, "after").toString());

      await().atMost(Duration.ofSeconds(5)).until(() -> api.texts("42").size() == 2);
      assertThat(api.texts("42")).containsExactly("echo: before", "echo: after");
      assertThat(pipeline.inbox.count("skipped")).isEqualTo(1);
    }
  }

  @Test
  void consume_neverThrows_evenWhenTheWorkerFails() throws Exception {
    try (Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, api)) {
      DurableUpdateConsumer broken = new DurableUpdateConsumer(pipeline.inbox, pipeline.reader, updates -> {
        throw new OutOfMemoryError("simulated");
      }, pipeline.metrics, java.time.Clock.systemUTC(), new Backoff(Duration.ofMillis(1), Duration.ofMillis(1),
          new java.util.Random()));

      broken.consume(pipeline.reader.read("{\"ok\":true,\"result\":[" + UpdateJson.text(1, 42, "a") + "]}"));

      assertThat(pipeline.metrics.snapshot().intakeErrors()).isEqualTo(1);
      assertThat(pipeline.inbox.pending()).as("stored before the failure").hasSize(1);
    }
  }

  @Test
  void eachChatInOrder_chatsInParallel() throws Exception {
    Map<Long, List<String>> order = new ConcurrentHashMap<>();
    EventHandler recorder = event -> {
      order.computeIfAbsent(event.sender().chatId(), k -> new CopyOnWriteArrayList<>()).add(((Event.Text) event).text());
      return List.of();
    };
    try (Pipeline pipeline = new Pipeline(database, recorder, StaffUpdates.IGNORE, api).start()) {
      int id = 0;
      for (int batch = 0; batch < 10; batch++) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> updates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          long chat = 1 + (id % 3);
          updates.add(UpdateJson.text(++id, chat, String.valueOf(id)));
        }
        pipeline.poll(updates.toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new));
      }

      await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.inbox.depth() == 0);
      assertThat(order).hasSize(3);
      order.values().forEach(texts -> assertThat(texts.stream().map(Integer::parseInt).toList()).isSorted());
      assertThat(order.values().stream().mapToInt(List::size).sum()).isEqualTo(100);
    }
  }

  @Test
  void aRestart_handlesWhatWasStoredButNotHandled() throws Exception {
    try (Pipeline crashed = new Pipeline(database, echo, StaffUpdates.IGNORE, api)) {
      // The process dies after storing the batch and before any worker ran: the worker is never called.
      new DurableUpdateConsumer(crashed.inbox, crashed.reader, updates -> {}, crashed.metrics,
          java.time.Clock.systemUTC(), new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), new java.util.Random()))
          .consume(crashed.reader.read("{\"ok\":true,\"result\":[" + UpdateJson.text(1, 42, "stored before the crash")
              + "]}"));
    }
    assertThat(api.calls()).isEmpty();

    try (Pipeline restarted = new Pipeline(database, echo, StaffUpdates.IGNORE, api).start()) {
      await().atMost(Duration.ofSeconds(5)).until(() -> restarted.inbox.depth() == 0 && restarted.outbox.depth() == 0);
    }
    assertThat(api.texts("42")).containsExactly("echo: stored before the crash");
  }

  @Test
  void aFailingHandler_marksThatUpdateFailed_andTheChatGoesOn() throws Exception {
    EventHandler flaky = event -> {
      if (((Event.Text) event).text().equals("boom")) {
        throw new IllegalStateException("bug with user text inside: boom");
      }
      return echo.handle(event);
    };
    try (Pipeline pipeline = new Pipeline(database, flaky, StaffUpdates.IGNORE, api).start()) {
      pipeline.poll(UpdateJson.text(1, 42, "boom"), UpdateJson.text(2, 42, "fine"));

      await().atMost(Duration.ofSeconds(5)).until(() -> api.texts("42").size() == 1);
      assertThat(api.texts("42")).containsExactly("echo: fine");
      assertThat(pipeline.inbox.count("failed")).isEqualTo(1);
    }
  }

  @Test
  void aStrangersGroup_isLeft_andNeverReachesTheConversation() throws Exception {
    try (Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, api).start()) {
      pipeline.poll(UpdateJson.update(1, "message", UpdateJson.message(1, -100123, "supergroup", 5).put("text", "hi")),
          UpdateJson.membership(2, -100456, "group", "member"));

      await().atMost(Duration.ofSeconds(5)).until(() -> api.calls().size() == 2);
      assertThat(api.calls()).extracting(ScriptedApi.Call::method, ScriptedApi.Call::chatId)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("leaveChat", "-100123"),
              org.assertj.core.groups.Tuple.tuple("leaveChat", "-100456"));
      assertThat(seen).isEmpty();
    }
  }

  @Test
  void staffGroupUpdates_goToTheStaffHook_andItsActionsAreSent() throws Exception {
    List<Long> staffSaw = new CopyOnWriteArrayList<>();
    StaffUpdates staff = update -> {
      staffSaw.add(update.getMessage().getChatId());
      return List.of(new Action.Send(Pipeline.STAFF, "noted", Keyboard.NONE));
    };
    try (Pipeline pipeline = new Pipeline(database, echo, staff, api).start()) {
      pipeline.poll(UpdateJson.update(1, "message", UpdateJson.message(1, Pipeline.STAFF, "supergroup", 5).put("text", "/cases")));

      await().atMost(Duration.ofSeconds(5)).until(() -> api.calls().size() == 1);
      assertThat(staffSaw).containsExactly(Pipeline.STAFF);
      assertThat(api.texts(String.valueOf(Pipeline.STAFF))).containsExactly("noted");
    }
  }

  @Test
  void userBlocksTheBot_thenWritesAgain() throws Exception {
    try (Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, api).start()) {
      pipeline.poll(UpdateJson.membership(1, 42, "private", "kicked"));
      await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.blocks.isBlocked(42));

      pipeline.poll(UpdateJson.text(2, 42, "I am back"));

      await().atMost(Duration.ofSeconds(5)).until(() -> api.texts("42").size() == 1);
      assertThat(pipeline.blocks.isBlocked(42)).isFalse();
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
