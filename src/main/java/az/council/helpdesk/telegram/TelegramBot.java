package az.council.helpdesk.telegram;

import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.BlockedChats;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.Outbox;
import az.council.helpdesk.store.UpdateInbox;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The running bot: wires and owns the HTTP clients, every thread, the polling session, the intake, the
 * processor and the sender. {@link #start()} checks the token (getMe), sets the command menus, resumes what a
 * previous run left and starts polling, retrying while the API is unreachable. {@link #close()} stops polling
 * (aborting the long poll), lets in-flight updates finish, delivers the outbox until {@code
 * HELPDESK_SHUTDOWN_GRACE}, and ends every thread it started. The database belongs to the caller.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final Config config;
  private final EventHandler conversation;
  private final StaffUpdates staff;
  private final Messages messages;
  private final Clock clock;
  private final Redaction redaction;
  private final TelegramHttp http;
  private final OkHttpTelegramClient client;
  private final UpdateInbox inbox;
  private final ChatBlocks blocks;
  private final OutboxSender sender;
  private final DeliveryRetention retention;
  private final DeliveryMetrics metrics = new DeliveryMetrics();
  private final UpdateBatchReader reader = new UpdateBatchReader(metrics);
  private final Backoff backoff;
  private final StartupRetry startup;
  private final LongPolling polling;
  private final AtomicBoolean closed = new AtomicBoolean();
  // start() and close() may run on different threads (main and the shutdown hook): close() first cancels
  // start()'s retry waits, then takes this lock, so nothing is created after close() has torn down.
  private final ReentrantLock lifecycle = new ReentrantLock();
  private volatile UpdateProcessor processor;
  private volatile DurableUpdateConsumer intake;
  private final Optional<Webhook> webhook;
  private volatile Optional<WebhookServer> listener = Optional.empty();

  public TelegramBot(Config config, Database database, EventHandler conversation, StaffUpdates staff,
      HandOffSink handOffs, Messages messages, Clock clock) {
    this(config, Optional.empty(), database, conversation, staff, handOffs, messages, clock);
  }

  /** A bot that receives updates by {@code webhook} when given (never calling deleteWebhook), else by long polling. */
  public TelegramBot(Config config, Optional<Webhook> webhook, Database database, EventHandler conversation,
      StaffUpdates staff, HandOffSink handOffs, Messages messages, Clock clock) {
    this.config = config;
    this.webhook = webhook;
    this.conversation = conversation;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
    String token = config.requireToken().reveal();
    TelegramUrl url = new TelegramUrl(config.api().scheme(), config.api().host(), config.api().port(), false);
    this.redaction = new Redaction(config.requireToken());
    this.backoff = new Backoff(config.retry().first(), config.retry().max(), new Random());
    this.startup = new StartupRetry(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random()),
        redaction, config.api().toString());
    this.http = new TelegramHttp(config.timeouts());
    this.client = new OkHttpTelegramClient(http.calls, token, url);
    this.inbox = new UpdateInbox(database);
    this.blocks = new ChatBlocks(new BlockedChats(database), clock);
    Outbox outbox = new Outbox(database);
    this.sender = new OutboxSender(outbox, BotApi.over(client), handOffs, blocks, config.sendLimits(), 64, backoff,
        metrics, clock, NamedThreads.named("tg-outbox"), Executors.newFixedThreadPool(2, NamedThreads.named("tg-outbox-done")));
    this.retention = new DeliveryRetention(inbox, outbox, clock);
    this.polling = new LongPolling(token, url, config.timeouts().longPoll(), http, reader);
  }

  public DeliveryMetrics metrics() {
    return metrics;
  }

  /** Outgoing calls waiting or in flight in the outbox. */
  public int outboxDepth() {
    return sender.waiting();
  }

  /** How long one long poll may hold; the health check allows three before it calls polling stuck. */
  public java.time.Duration pollTimeout() {
    return config.timeouts().longPoll();
  }

  /**
   * Starts the bot; returns its identity once polling runs. Retries while the API is unreachable; returns
   * empty if {@link #close()} was called meanwhile. Throws {@link ConfigException} when Telegram rejects the token.
   */
  public Optional<BotIdentity> start() {
    lifecycle.lock();
    try {
      return closed.get() ? Optional.empty() : startLocked();
    } finally {
      lifecycle.unlock();
    }
  }

  private Optional<BotIdentity> startLocked() {
    Optional<BotIdentity> me = startup.until("getMe", this::getMe);
    if (me.isEmpty()) {
      return me;
    }
    BotIdentity identity = me.get();
    UpdateRouter router = new UpdateRouter(config.staffChatId(), identity.id(), identity.username(), clock);
    processor = new UpdateProcessor(inbox, router, conversation, staff, sender, blocks,
        new ChatLanes(Executors.newFixedThreadPool(config.workers(), NamedThreads.named("tg-update"))), metrics, clock);
    intake = new DurableUpdateConsumer(inbox, reader, processor::submit, metrics, clock, backoff);
    retention.start();
    int outgoing = sender.start();
    int incoming = processor.resume();
    if (outgoing + incoming > 0) {
      log.info("resuming {} unhandled updates and {} undelivered calls from the last run", incoming, outgoing);
    }
    setCommands();
    if (webhook.isPresent()) {
      return listen(webhook.get()) ? me : Optional.empty();
    }
    if (startup.until("start polling", () -> {
      polling.register(intake);
      return true;
    }).isEmpty()) {
      return Optional.empty();
    }
    log.info("bot @{} is polling {}", identity.username().orElse("?"), config.api());
    return me;
  }

  /** Listens first, so Telegram's first delivery finds the server, then tells Telegram where to post. */
  private boolean listen(Webhook hook) {
    DurableUpdateConsumer into = intake;
    WebhookServer server;
    try {
      server = WebhookServer.start(hook, into::storeWebhookUpdate, config.workers());
    } catch (java.io.UncheckedIOException e) {
      throw new ConfigException("Cannot listen on " + hook.bind() + " for the webhook (" + e.getCause().getMessage()
          + "): choose a free --port or another --bind address.");
    }
    listener = Optional.of(server);
    if (startup.until("setWebhook", () -> new WebhookRegistration(client, redaction).register(hook)).isEmpty()) {
      return false;
    }
    log.info("webhook {} set; listening on {}", hook.url(), server.port());
    return true;
  }

  /** The port the webhook listens on, once started (empty when polling). */
  public Optional<Integer> webhookPort() {
    return listener.map(WebhookServer::port);
  }

  /** Whether updates come by long polling (the health check then watches the polls). */
  public boolean polls() {
    return webhook.isEmpty();
  }

  private BotIdentity getMe() throws TelegramApiException {
    try {
      User me = client.execute(new GetMe());
      return new BotIdentity(me.getId(), Optional.ofNullable(me.getUserName()));
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      if (code != null && (code == 401 || code == 404)) {
        throw new ConfigException("Telegram rejected " + ConfigLoader.TOKEN + " (" + code + " "
            + redaction.redact(e.getApiResponse()) + " from " + config.api() + "): copy the token again from @BotFather.");
      }
      throw e;
    }
  }

  private void setCommands() {
    for (SetMyCommands request : CommandMenus.requests(messages)) {
      try {
        client.execute(request);
      } catch (TelegramApiException e) {
        log.warn("could not set the command menu for {} ({}); the bot works without it",
            Optional.ofNullable(request.getLanguageCode()).orElse("default"), redaction.describe(e));
      }
    }
  }

  /** Graceful stop; safe to call more than once and from a shutdown hook. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    startup.cancel();
    long started = System.nanoTime();
    lifecycle.lock();
    try {
      if (intake != null) {
        intake.stopRetrying();
      }
      polling.stop();
      for (WebhookServer server : listener.stream().toList()) {
        server.close();
      }
      if (processor != null) {
        processor.stop(config.shutdownGrace());
      }
      if (!sender.drain(config.shutdownGrace())) {
        log.warn("{} calls still waiting after {} ms; they will be sent after the next start", sender.waiting(),
            config.shutdownGrace().toMillis());
      }
      sender.close();
      retention.close();
      http.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lifecycle.unlock();
    }
    log.info("bot stopped in {} ms: {}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), metrics.snapshot());
  }

  /** Who the bot is, from getMe. */
  public record BotIdentity(long id, Optional<String> username) {}
}
