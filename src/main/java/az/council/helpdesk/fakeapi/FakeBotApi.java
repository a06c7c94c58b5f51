package az.council.helpdesk.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks. Point telegrambots at it with
 * {@code new TelegramUrl("http", "127.0.0.1", api.port(), false)} and the token {@link #token()}; queue what users
 * do with {@link #incoming()}, read what the bot did with {@link #chats()} and {@link #calls()}, and make Telegram
 * misbehave with {@link #faults()}. Close it to stop the server and its threads.
 *
 * <pre>{@code
 * try (FakeBotApi api = FakeBotApi.start()) {
 *   FakeUser ali = FakeUser.of(42, "Ali", "az");
 *   api.incoming().command(ali, "/start");
 *   // … run the bot against api.baseUrl() with api.token() …
 *   ChatMessage greeting = api.awaitMessages(42, 1, Duration.ofSeconds(5)).get(0);
 *   api.incoming().press(ali, greeting, "English");
 *   api.faults().failNext("sendMessage", 1, Fault.tooManyRequests(3));
 * }
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {
  private final FakeBotApiConfig config;
  private final HttpServer server;
  private final WorkerThreads threads = new WorkerThreads("fake-bot-api");
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final State state;
  private final UpdateQueue updates;
  private final CallLog calls;
  private final Faults faults = new Faults();
  private final Incoming incoming;
  private final Chats chats;
  private final WebhookDelivery webhook;

  private FakeBotApi(FakeBotApiConfig config) throws IOException {
    this.config = config;
    ObjectMapper mapper = new ObjectMapper();
    this.state = new State(new World(config.botUser(), config.maxMessagesPerChat(), config.maxRecordedCalls(),
        config.maxFileBytes()));
    this.updates = new UpdateQueue(config.firstUpdateId(), config.maxPendingUpdates());
    this.calls = new CallLog(config.maxRecordedCalls());
    this.incoming = new Incoming(state, updates, config.clock(), mapper);
    this.chats = new Chats(state, updates, calls, config.clock());
    this.webhook = new WebhookDelivery(state, updates, threads.executor(), config.clock());
    MethodTable methods = new MethodTable();
    new MessageMethods(state, config.clock()).register(methods);
    new RelayMethods(state, config.clock()).register(methods);
    new ChatMethods(state, updates, config.clock()).register(methods);
    new ForumMethods(state, config.clock()).register(methods);
    new BotMethods(state, updates, webhook, config.clock()).register(methods);
    Optional<RateLimiter> limiter = config.rateLimits().map(l -> new RateLimiter(l, config.clock()));
    var endpoint = new BotApiEndpoint(config.token(), methods, faults, limiter, calls, config.clock(), mapper,
        new FaultAnswers(closing), state);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 200);
    server.createContext("/", endpoint);
    server.setExecutor(threads.executor());
    server.start();
  }

  /** Starts a server with the default token on a free port. */
  public static FakeBotApi start() {
    return start(FakeBotApiConfig.defaults());
  }

  public static FakeBotApi start(FakeBotApiConfig config) {
    try {
      return new FakeBotApi(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Bot API on port " + config.port(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: what TELEGRAM_API_URL should say. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String token() {
    return config.token();
  }

  /** The bot's own user ({@code getMe}). */
  public FakeUser bot() {
    return config.botUser();
  }

  /** What users do: messages, commands, button presses, blocks… */
  public Incoming incoming() {
    return incoming;
  }

  /** What users see, chats and topics, callback answers and commands; configure groups. */
  public Chats chats() {
    return chats;
  }

  /** Every call the bot made. */
  public CallLog calls() {
    return calls;
  }

  /** The fault script. */
  public Faults faults() {
    return faults;
  }

  /** Waits until at least {@code n} bot messages were sent to the chat; returns them (see {@link Chats#awaitMessages}). */
  public List<ChatMessage> awaitMessages(long chatId, int n, Duration timeout) {
    return chats.awaitMessages(chatId, n, timeout);
  }

  /** Updates queued and not yet confirmed by an offset. */
  public int pendingUpdates() {
    return updates.pendingCount();
  }

  /** Every update with a smaller id was confirmed (a getUpdates offset passed it). */
  public int confirmedBelow() {
    return updates.confirmedBelow();
  }

  /** getUpdates calls being served right now: 1 while the bot's long poll waits for news. */
  public int waitingPolls() {
    return updates.waiting();
  }

  /** Updates delivered again because the bot had not confirmed them (e.g. after a restart). */
  public long redeliveredUpdates() {
    return updates.redelivered();
  }

  /** 429 answers sent, by the rate limiter or injected. */
  public long tooManyRequestsSent() {
    return calls.countWithStatus(429);
  }

  /** Request threads still alive; 0 after {@link #close()}. */
  int liveThreads() {
    return threads.alive();
  }

  /** Stops at once: waiting long polls end, delayed answers are dropped, every thread ends. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closing.countDown();
    updates.close();
    webhook.close();
    server.stop(0);
    threads.close();
  }
}
