package az.council.helpdesk.cli;

import az.council.helpdesk.config.Config;
import az.council.helpdesk.config.ConfigException;
import az.council.helpdesk.config.ConfigLoader;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.ops.BotMetrics;
import az.council.helpdesk.ops.HealthServer;
import az.council.helpdesk.store.Database;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import az.council.helpdesk.telegram.Webhook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the Telegram bot, by long polling (or by webhook with {@code --webhook URL --port N}), until
 * SIGTERM or Ctrl-C. Configuration comes from the
 * environment (see the README's table); a missing or wrong setting, or a token Telegram rejects, ends it with
 * one line and exit code {@link ExitCode#CONFIG}. While the Bot API is unreachable it keeps retrying.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the Telegram bot until stopped (SIGTERM or Ctrl-C). Configured by environment variables"
        + " (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, HELPDESK_DATA_DIR, ...; HELPDESK_CONFIG=file.yaml).")
final class RunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "Receive updates by webhook at this public https:// URL instead of long polling; needs --port and"
          + " TELEGRAM_WEBHOOK_SECRET (or TELEGRAM_WEBHOOK_SECRET_FILE). The URL's path is the path served.")
  Optional<String> webhookUrl = Optional.empty();

  @Option(names = "--port", paramLabel = "N", description = "Port the webhook listens on (with --webhook).")
  Optional<Integer> port = Optional.empty();

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address the webhook listens on (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
  String bind;

  private final Map<String, String> environment;

  RunCommand() {
    this(System.getenv());
  }

  RunCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    Config config;
    Optional<Webhook> webhook;
    try {
      config = ConfigLoader.load(environment);
      config.requireToken();
      webhook = webhook();
    } catch (ConfigException e) {
      throw UserFacingException.config(e.getMessage());
    }
    applyLogLevel(config.logLevel());
    FaqCatalog catalog = FaqCatalog.load(config.faqDir());
    if (catalog.size() == 0) {
      throw UserFacingException.config("No FAQ entries found in " + config.faqDir().toAbsolutePath() + ": set "
          + ConfigLoader.FAQ_DIR + " to the FAQ folder.");
    }
    Database database = open(config);
    BotWiring.Wired bot;
    BotMetrics metrics = new BotMetrics();
    try {
      BotWiring.Wired wired = BotWiring.bot(config, webhook, environment, database, catalog, new Messages(), Clock.systemUTC(),
          metrics);
      bot = withOperations(wired, metrics, database);
    } catch (ConfigException | java.io.UncheckedIOException e) {
      database.close();
      throw UserFacingException.config(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      bot.close();
      database.close();
      stopped.countDown();
    }, "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (bot.bot().start().isPresent()) {
        spec.commandLine().getErr().println("Bot running; stop it with Ctrl-C or SIGTERM.");
        stopped.await();
      }
      return ExitCode.OK;
    } catch (ConfigException e) {
      throw UserFacingException.config(e.getMessage());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        bot.close();
        database.close();
      } catch (IllegalStateException shuttingDown) {
        stopped.await(); // the hook is closing everything
      }
    }
  }

  /** Webhook mode's settings when {@code --webhook} is given; ConfigException when they are incomplete. */
  private Optional<Webhook> webhook() {
    if (webhookUrl.isEmpty()) {
      if (port.isPresent()) {
        throw new ConfigException("--port is the webhook's port: give --webhook https://host/path with it.");
      }
      return Optional.empty();
    }
    int number = port.orElseThrow(() -> new ConfigException("--webhook needs --port N: the local port the reverse"
        + " proxy forwards Telegram's requests to."));
    String secret = ConfigLoader.setting(environment, ConfigLoader.WEBHOOK_SECRET).orElseThrow(() ->
        new ConfigException("--webhook needs " + ConfigLoader.WEBHOOK_SECRET + " (or " + ConfigLoader.WEBHOOK_SECRET
            + "_FILE): 1-256 characters A-Z, a-z, 0-9, _ or -, e.g. from: openssl rand -hex 32."));
    return Optional.of(Webhook.of(webhookUrl.get(), secret, bind, number));
  }

  /** Adds the health and metrics endpoint when HELPDESK_HTTP_PORT is set; it closes after the bot. */
  private BotWiring.Wired withOperations(BotWiring.Wired wired, BotMetrics metrics, Database database) {
    try {
      Optional<HealthServer> server = Operations.start(environment, metrics, wired.bot(), database, Clock.systemUTC());
      server.ifPresent(s -> LoggerFactory.getLogger(RunCommand.class).info("health and metrics on port {}", s.port()));
      List<AutoCloseable> services = new ArrayList<>(wired.services());
      server.ifPresent(services::add);
      return new BotWiring.Wired(wired.bot(), services);
    } catch (RuntimeException e) {
      wired.close();
      throw e;
    }
  }

  private static Database open(Config config) {
    try {
      return Database.open(config.dataDir());
    } catch (UncheckedIOException | az.council.helpdesk.store.StoreException e) {
      throw UserFacingException.config("Cannot open the database in " + config.dataDir().toAbsolutePath() + ": set "
          + ConfigLoader.DATA_DIR + " to a writable folder.");
    }
  }

  private static void applyLogLevel(String level) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }
  }
}
