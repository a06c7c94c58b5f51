package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.store.OutboxEntry;
import az.council.helpdesk.store.StoredUpdate;
import az.council.helpdesk.store.UpdateInbox;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles stored updates: per chat in update order, chats in parallel ({@link ChatLanes}). Each update is
 * routed, handled by the conversation (or the staff hook), and then marked done together with queuing its
 * outgoing calls in one transaction ({@link UpdateInbox#complete}); only then does the sender see them. An
 * update whose handling throws is marked failed and not retried, so a bug cannot wedge a chat.
 */
final class UpdateProcessor {
  private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

  private final UpdateInbox inbox;
  private final UpdateRouter router;
  private final EventHandler conversation;
  private final StaffUpdates staff;
  private final OutboxSender sender;
  private final ChatBlocks blocks;
  private final ChatLanes lanes;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final OutboxCodec codec = new OutboxCodec();
  private final TextSplitter splitter = TextSplitter.telegram();
  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private volatile boolean stopping;

  UpdateProcessor(UpdateInbox inbox, UpdateRouter router, EventHandler conversation, StaffUpdates staff,
      OutboxSender sender, ChatBlocks blocks, ChatLanes lanes, DeliveryMetrics metrics, Clock clock) {
    this.inbox = inbox;
    this.router = router;
    this.conversation = conversation;
    this.staff = staff;
    this.sender = sender;
    this.blocks = blocks;
    this.lanes = lanes;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Queues freshly stored updates. */
  void submit(List<StoredUpdate> updates) {
    for (StoredUpdate update : updates) {
      lanes.submit(update.chatId(), () -> process(update));
    }
  }

  /** Queues what a previous run stored but did not handle; returns how many. */
  int resume() {
    List<StoredUpdate> pending = inbox.pending();
    submit(pending);
    return pending.size();
  }

  void stop(Duration grace) throws InterruptedException {
    stopping = true;
    lanes.stop(grace);
  }

  private void process(StoredUpdate stored) {
    String stage = "read";
    try {
      Update update = json.readValue(stored.payload(), Update.class);
      stage = "route";
      Route route = router.route(update);
      stage = route.getClass().getSimpleName();
      List<Outgoing> calls = calls(route, update);
      List<OutboxEntry> queued = inbox.complete(stored.updateId(), calls.stream().map(codec::encode).toList(),
          clock.millis());
      metrics.updatesHandled.increment();
      sender.add(queued);
    } catch (Exception e) {
      if (stopping) {
        // Most likely interrupted by shutdown: leave it pending; if it is really broken, the next start marks it.
        log.info("update {} interrupted by shutdown; it will be handled after the next start", stored.updateId());
        return;
      }
      metrics.updatesFailed.increment();
      // The exception's message may quote the user's text, so only its class goes above DEBUG.
      log.error("update {} (chat {}) failed at {}: {}", stored.updateId(), stored.chatId(), stage, e.getClass().getName());
      log.debug("update {} failure", stored.updateId(), e);
      try {
        inbox.fail(stored.updateId(), e.getClass().getName(), clock.millis());
      } catch (RuntimeException again) {
        log.error("update {} could not be marked failed ({}); it will be retried after a restart",
            stored.updateId(), again.getClass().getName());
      }
    }
  }

  private List<Outgoing> calls(Route route, Update update) throws Exception {
    return switch (route) {
      case Route.Converse c -> {
        long chatId = c.event().sender().chatId();
        if (blocks.unblock(chatId)) {
          log.info("chat {} writes again; no longer blocked", chatId);
        }
        List<Action> actions = conversation.handle(c.event());
        yield Outgoing.plan(actions, chatId, splitter);
      }
      case Route.Staff s -> {
        long chatId = UpdateRouter.chatOf(update);
        blocks.unblock(chatId);
        yield Outgoing.plan(staff.handle(s.update()), chatId, splitter);
      }
      case Route.Leave l -> {
        log.info("leaving chat {}: the bot only talks in private chats and the staff group", l.chatId());
        yield List.of(new Outgoing.Leave(l.chatId()));
      }
      case Route.Blocked b -> {
        if (blocks.block(b.chatId(), "user blocked the bot")) {
          metrics.blockedChats.increment();
          log.info("chat {} blocked the bot; {} waiting messages dropped", b.chatId(), sender.dropChat(b.chatId(),
              "user blocked the bot"));
        }
        yield List.of();
      }
      case Route.Unblocked u -> {
        if (blocks.unblock(u.chatId())) {
          log.info("chat {} unblocked the bot", u.chatId());
        }
        yield List.of();
      }
      case Route.Ignore i -> {
        log.debug("update {} ignored: {}", update.getUpdateId(), i.why());
        yield List.of();
      }
    };
  }
}
