package az.council.helpdesk.bench;

import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeBotApiConfig;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.RateLimits;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench startup}: the real {@code run} process against an in-process fake Bot API that enforces
 * Telegram's limits. Measures the time from launching the JVM to the first answer, then a burst of one question
 * from each of N users (total time against what 30 messages/s allows, 429s received), and the process's
 * resident memory after the burst (VmRSS from /proc, Linux only).
 */
public final class StartupBenchmark {
  private static final String QUESTION = "How many days do I have to register my place of stay?";
  private final PrintWriter out;

  public StartupBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path faq, int users) throws Exception {
    Path data = Files.createTempDirectory("bench-startup");
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withRateLimits(RateLimits.telegram()))) {
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", ownJar(), "run").redirectErrorStream(true).redirectOutput(data.resolve("bot.log").toFile());
      builder.environment().put("TELEGRAM_BOT_TOKEN", api.token());
      builder.environment().put("TELEGRAM_API_URL", api.baseUrl());
      builder.environment().put("HELPDESK_DATA_DIR", data.resolve("data").toString());
      builder.environment().put("HELPDESK_FAQ_DIR", faq.toAbsolutePath().toString());
      builder.environment().put("HELPDESK_LOG_LEVEL", "WARN");
      long launched = System.nanoTime();
      api.incoming().text(FakeUser.of(1, "First", "en"), QUESTION); // waiting for the bot's first poll
      Process bot = builder.start();
      try {
        api.awaitMessages(1, 1, Duration.ofSeconds(60));
        double firstAnswer = (System.nanoTime() - launched) / 1e9;
        long before = api.calls().countWithStatus(429);
        long burstStart = System.nanoTime();
        for (int user = 2; user <= users + 1; user++) {
          api.incoming().text(FakeUser.of(user, "U" + user, "en"), QUESTION);
        }
        for (int user = 2; user <= users + 1; user++) {
          api.awaitMessages(user, 1, Duration.ofSeconds(180));
        }
        double burst = (System.nanoTime() - burstStart) / 1e9;
        long tooMany = api.calls().countWithStatus(429) - before;
        out.printf(Locale.ROOT, "start-up: first answer %.2f s after launching the JVM%n", firstAnswer);
        out.printf(Locale.ROOT, "burst: %d users answered in %.1f s (30 msg/s allows %.1f s, ratio %.2f), 429s: %d%n",
            users, burst, users / 30.0, burst / (users / 30.0), tooMany);
        out.printf(Locale.ROOT, "memory: resident %s after the burst%n", residentMemory(bot.pid()));
        out.flush();
      } finally {
        bot.destroy();
        bot.waitFor(20, TimeUnit.SECONDS);
        bot.destroyForcibly();
      }
    }
  }

  private static String ownJar() throws URISyntaxException {
    File location = new File(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!location.getName().endsWith(".jar")) {
      throw new IllegalStateException("run bench startup from the packaged jar (target/migrant-helpdesk.jar)");
    }
    return location.getAbsolutePath();
  }

  private static String residentMemory(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) {
      return "unknown (no /proc)";
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
  }
}
