package az.council.helpdesk.telegram;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.store.BlockedChats;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.UpdateInbox;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;

/** The adapter's intake, processor and sender wired over one database and a scripted API, without HTTP. */
final class Pipeline implements AutoCloseable {
  static final long STAFF = -100777;
  final DeliveryMetrics metrics = new DeliveryMetrics();
  final UpdateBatchReader reader = new UpdateBatchReader(metrics);
  final UpdateInbox inbox;
  final Outbox outbox;
  final ChatBlocks blocks;
  final OutboxSender sender;
  final UpdateProcessor processor;
  final DurableUpdateConsumer consumer;

  Pipeline(Database database, EventHandler handler, StaffUpdates staff, ScriptedApi api) {
    Clock clock = Clock.systemUTC();
    inbox = new UpdateInbox(database);
    outbox = new Outbox(database);
    blocks = new ChatBlocks(new BlockedChats(database), clock);
    Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), new Random(1));
    sender = new OutboxSender(outbox, api, (key, h) -> {}, blocks, new SendLimits(100_000, Duration.ZERO), 64, backoff, metrics,
        clock, NamedThreads.named("test-outbox"), Executors.newFixedThreadPool(2, NamedThreads.named("test-done")));
    processor = new UpdateProcessor(inbox, new UpdateRouter(Optional.of(STAFF), UpdateJson.BOT_ID,
        Optional.of("HelpdeskBot"), clock), handler, staff, sender, blocks,
        new ChatLanes(Executors.newFixedThreadPool(4, NamedThreads.named("test-update"))), metrics, clock);
    consumer = new DurableUpdateConsumer(inbox, reader, processor::submit, metrics, clock, backoff);
  }

  Pipeline start() {
    sender.start();
    processor.resume();
    return this;
  }

  /** What the polling session does with one getUpdates response. */
  void poll(ObjectNode... updates) throws Exception {
    StringBuilder json = new StringBuilder("{\"ok\":true,\"result\":[");
    for (int i = 0; i < updates.length; i++) {
      json.append(i == 0 ? "" : ",").append(updates[i]);
    }
    consumer.consume(reader.read(json.append("]}").toString()));
  }

  void pollRaw(String... updates) throws Exception {
    consumer.consume(reader.read("{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}"));
  }

  @Override
  public void close() {
    consumer.stopRetrying();
    try {
      processor.stop(Duration.ofSeconds(2));
      sender.drain(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sender.close();
  }
}
