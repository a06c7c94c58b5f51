package az.council.helpdesk.telegram;

import az.council.helpdesk.config.ApiEndpoint;
import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.config.HttpTimeouts;
import az.council.helpdesk.config.RetryPolicy;
import az.council.helpdesk.config.Secret;
import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The real bot (real telegrambots client, real SQLite) against the fake Bot API server: builds a test
 * configuration pointing at the fake, starts the bot, and closes both. An echo conversation by default.
 */
final class BotHarness implements AutoCloseable {
  static final long STAFF = -1001234567890L;
  static final Duration WAIT = Duration.ofSeconds(10);

  final FakeBotApi api;
  final Path dataDir;
  final List<Event> events = new CopyOnWriteArrayList<>();
  final List<Action.HandOff> handOffs = new CopyOnWriteArrayList<>();
  Config config;
  EventHandler conversation = event -> {
    events.add(event);
    return switch (event) {
      case Event.Text t -> List.of(new Action.Send(t.sender().chatId(), "echo: " + t.text(),
          Keyboard.of(List.of(new Keyboard.Button("More", "more:" + t.messageId())))));
      case Event.Command c -> List.of(new Action.Send(c.sender().chatId(), "command " + c.name(), Keyboard.NONE));
      case Event.Press p -> List.of(new Action.AnswerPress(p.callbackId(), Optional.of("ok")),
          new Action.Edit(p.sender().chatId(), p.messageId(), "pressed " + p.data(), Keyboard.NONE));
      default -> List.of();
    };
  };
  Optional<Webhook> webhook = Optional.empty();
  private Database database;
  private TelegramBot bot;

  BotHarness(FakeBotApi api, Path dataDir) {
    this.api = api;
    this.dataDir = dataDir;
    this.config = new Config(Optional.of(new Secret(api.token())),
        ApiEndpoint.parse(ConfigLoader.API_URL, api.baseUrl()), dataDir, Path.of("faq"), Optional.of(STAFF), Set.of(),
        new SendLimits(100_000, Duration.ZERO),
        new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(50)),
        new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400)), "INFO", Duration.ofSeconds(2), 2);
  }

  BotHarness configure(UnaryOperator<Config> change) {
    config = change.apply(config);
    return this;
  }

  /** Receive updates by this webhook instead of long polling. */
  BotHarness webhook(Webhook hook) {
    webhook = Optional.of(hook);
    return this;
  }

  BotHarness conversation(EventHandler handler) {
    conversation = handler;
    return this;
  }

  /** Opens the database and starts the bot; returns once it polls. */
  BotHarness start() {
    database = Database.open(dataDir);
    bot = new TelegramBot(config, webhook, database, conversation, StaffUpdates.IGNORE, (key, h) -> handOffs.add(h), new Messages(),
        Clock.systemUTC());
    bot.start().orElseThrow();
    return this;
  }

  TelegramBot bot() {
    return bot;
  }

  Database database() {
    return database;
  }

  /** Stops the bot and closes the database (the fake server stays up: a restart reuses it). */
  void stop() {
    if (bot != null) {
      bot.close();
      database.close();
      bot = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
