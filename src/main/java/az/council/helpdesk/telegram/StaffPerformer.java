package az.council.helpdesk.telegram;

import az.council.helpdesk.cases.CaseDesk;
import az.council.helpdesk.cases.Receipt;
import az.council.helpdesk.cases.StaffAction;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.SendLimits;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Performs the cases desk's {@link StaffAction}s one after another on one named thread ({@code tg-staff}), so
 * their order holds across the staff group, hand-offs and timers. Each call is retried like the outbox's
 * ({@link SendResult}: 429 after {@code retry_after}, 5xx and network errors with backoff, 400/403 final);
 * results go back to the desk ({@code delivered}, {@code topicCreated}, …) and what it answers is performed
 * next. Messages to a user's chat keep the per-chat interval between them. Staff actions are not in the
 * durable outbox: the desk's own tables are the durable state, and its timers re-issue a lost summary.
 */
public final class StaffPerformer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StaffPerformer.class);
  private static final int MAX_ATTEMPTS = 6;

  private final BotApi api;
  private final CaseDesk desk;
  private final SendLimits limits;
  private final Backoff backoff;
  private final Duration callTimeout;
  private final Optional<AutoCloseable> http;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(NamedThreads.named("tg-staff"));
  // Only the staff thread touches it.
  private final Map<Long, Long> userChatFreeAt = new HashMap<>();

  /** Over its own HTTP client (the outbox's stays free for answers), configured like the adapter's. */
  public StaffPerformer(Config config, CaseDesk desk) {
    this(config, desk, new TelegramHttp(config.timeouts()));
  }

  private StaffPerformer(Config config, CaseDesk desk, TelegramHttp http) {
    this(BotApi.over(new OkHttpTelegramClient(http.calls, config.requireToken().reveal(),
            new TelegramUrl(config.api().scheme(), config.api().host(), config.api().port(), false))),
        desk, config.sendLimits(), new Backoff(config.retry().first(), config.retry().max(), new Random()),
        config.timeouts().call().plusSeconds(5), Optional.of(http));
  }

  StaffPerformer(BotApi api, CaseDesk desk, SendLimits limits, Backoff backoff, Duration callTimeout,
      Optional<AutoCloseable> http) {
    this.api = api;
    this.desk = desk;
    this.limits = limits;
    this.backoff = backoff;
    this.callTimeout = callTimeout;
    this.http = http;
  }

  /** Performs {@code actions} (and what the desk answers to their results) and returns when done. */
  public void perform(List<StaffAction> actions) throws InterruptedException {
    if (actions.isEmpty()) {
      return;
    }
    Future<?> done = executor.submit(() -> run(actions));
    try {
      done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("staff actions failed", e.getCause());
    }
  }

  /** Queues {@code actions} without waiting (the minute timer). */
  public void submit(List<StaffAction> actions) {
    if (!actions.isEmpty()) {
      executor.execute(() -> run(actions));
    }
  }

  private void run(List<StaffAction> actions) {
    Deque<StaffAction> queue = new ArrayDeque<>(actions);
    while (!queue.isEmpty() && !Thread.currentThread().isInterrupted()) {
      StaffAction action = queue.pollFirst();
      List<StaffAction> next;
      try {
        next = execute(action);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        log.info("{} staff actions left undone at shutdown", queue.size() + 1);
        return;
      } catch (RuntimeException e) {
        log.error("staff action {} failed: {}", action.getClass().getSimpleName(), e.getClass().getName());
        log.debug("staff action failure", e);
        continue;
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        queue.addFirst(next.get(i)); // the desk's answer to a result comes before the rest of the batch
      }
    }
  }

  private List<StaffAction> execute(StaffAction action) throws InterruptedException {
    boolean toUser = StaffCalls.toUser(action);
    long chat = StaffCalls.userChat(action);
    for (int tries = 1; ; tries++) {
      int attempt = tries;
      if (toUser) {
        long wait = userChatFreeAt.getOrDefault(chat, 0L) - System.currentTimeMillis();
        if (wait > 0) {
          TimeUnit.MILLISECONDS.sleep(wait);
        }
      }
      SendResult result;
      Serializable answer = null;
      try {
        answer = api.call(StaffCalls.of(action)).get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        result = new SendResult.Delivered();
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        result = SendResult.of(e);
      } finally {
        if (toUser) {
          userChatFreeAt.put(chat, System.currentTimeMillis() + limits.chatInterval().toMillis());
        }
      }
      switch (result) {
        case SendResult.Delivered d -> {
          return succeeded(action, answer);
        }
        case SendResult.Retry r when attempt < MAX_ATTEMPTS -> {
          Duration wait = r.after().orElseGet(() -> backoff.delay(attempt));
          log.info("staff call {} failed ({}); retry {} in {} ms", action.getClass().getSimpleName(), r.reason(),
              attempt, wait.toMillis());
          TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        }
        case SendResult.Retry r -> {
          return failed(action, r.reason());
        }
        case SendResult.Refused r -> {
          return failed(action, r.reason());
        }
        case SendResult.ChatGone g -> {
          return failed(action, g.reason());
        }
      }
    }
  }

  private List<StaffAction> succeeded(StaffAction action, Serializable answer) {
    Optional<Integer> produced = switch (answer) {
      case Message m -> Optional.ofNullable(m.getMessageId());
      case MessageId id -> Optional.ofNullable(id.getMessageId()).map(Long::intValue);
      case null, default -> Optional.empty();
    };
    return switch (action) {
      case StaffAction.CreateTopic t -> answer instanceof ForumTopic topic
          ? desk.topicCreated(t.caseId(), topic.getMessageThreadId())
          : desk.topicFailed(t.caseId(), "createForumTopic answered without a topic");
      default -> receipt(action).flatMap(r -> produced.map(id -> desk.delivered(r, id))).orElse(List.of());
    };
  }

  private List<StaffAction> failed(StaffAction action, String reason) {
    return switch (action) {
      case StaffAction.CreateTopic t -> {
        log.warn("case {}: could not create its topic ({}); it gets a reply thread", t.caseId(), reason);
        yield desk.topicFailed(t.caseId(), reason);
      }
      case StaffAction.NotifyMember n -> {
        log.debug("member {} not notified privately: {}", n.memberId(), reason); // the thread has the news too
        yield List.of();
      }
      default -> receipt(action).map(r -> desk.undelivered(r, reason)).orElseGet(() -> {
        log.warn("staff call {} failed for good: {}", action.getClass().getSimpleName(), reason);
        return List.of();
      });
    };
  }

  private static Optional<Receipt> receipt(StaffAction action) {
    return switch (action) {
      case StaffAction.PostToStaff p -> p.receipt();
      case StaffAction.CopyToStaff c -> Optional.of(c.receipt());
      case StaffAction.SendToUser s -> s.receipt();
      case StaffAction.CopyToUser c -> Optional.of(c.receipt());
      default -> Optional.empty();
    };
  }

  /** Finishes what is queued for up to 5 s, then stops (the desk's timers re-issue what matters). */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
        log.warn("staff actions still queued after 5 s were dropped");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.ifPresent(h -> {
      try {
        h.close();
      } catch (Exception e) {
        log.debug("closing the staff HTTP client", e);
      }
    });
  }
}
