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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench startup}: the real {@code run} process against an in-process fake Bot API that enforces
 * Telegram's limits, launched with the JVM options of the README's run command and the Dockerfile ({@link
 * #JVM_OPTIONS}). It starts twice on one data directory, as a deployment does: the first start has no class-data
 * archive yet and writes one when it shuts down; the second starts from it. For each start: the time from
 * launching the JVM to the first answer. After the second: a burst of one question from each of N users (total
 * time against what 30 messages/s allows, 429s received) and the process's resident memory (VmRSS from /proc,
 * Linux only).
 */
public final class StartupBenchmark {
  private static final String QUESTION = "How many days do I have to register my place of stay?";
  /** Keep in step with the README's run command and the Dockerfile's ENTRYPOINT. */
  static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx160m", "-XX:TieredStopAtLevel=1",
      "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile={data}/helpdesk.jsa");
  private final PrintWriter out;

  public StartupBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path faq, int users) throws Exception {
    Path data = Files.createTempDirectory("bench-startup");
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withRateLimits(RateLimits.telegram()))) {
      for (int start = 1; start <= 2; start++) {
        long firstUser = 1_000_000L + start;
        long launched = System.nanoTime();
        api.incoming().text(FakeUser.of(firstUser, "First", "en"), QUESTION); // waiting for the bot's first poll
        Process bot = launch(api, faq, data, start).start();
        try {
          api.awaitMessages(firstUser, 1, Duration.ofSeconds(60));
          double firstAnswer = (System.nanoTime() - launched) / 1e9;
          out.printf(Locale.ROOT, "start-up %d (%s): first answer %.2f s after launching the JVM%n", start,
              start == 1 ? "no class-data archive yet" : "from the archive the first start wrote", firstAnswer);
          if (start == 2) {
            burst(api, users, bot.pid());
          }
          out.flush();
        } finally {
          bot.destroy(); // SIGTERM: a clean shutdown, which is when the JVM writes the archive
          if (!bot.waitFor(30, TimeUnit.SECONDS)) {
            bot.destroyForcibly();
          }
        }
      }
      Path archive = data.resolve("data").resolve("helpdesk.jsa");
      out.printf(Locale.ROOT, "class-data archive: %s%n", Files.exists(archive)
          ? Files.size(archive) / (1024 * 1024) + " MB" : "not written (start-up 2 ran without it)");
      out.flush();
    }
  }

  private static ProcessBuilder launch(FakeBotApi api, Path faq, Path data, int start) throws URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    JVM_OPTIONS.forEach(o -> command.add(o.replace("{data}", data.resolve("data").toString())));
    command.addAll(List.of("-jar", ownJar(), "run"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("bot-" + start + ".log").toFile());
    builder.environment().put("TELEGRAM_BOT_TOKEN", api.token());
    builder.environment().put("TELEGRAM_API_URL", api.baseUrl());
    builder.environment().put("HELPDESK_DATA_DIR", data.resolve("data").toString());
    builder.environment().put("HELPDESK_FAQ_DIR", faq.toAbsolutePath().toString());
    builder.environment().put("HELPDESK_LOG_LEVEL", "WARN");
    return builder;
  }

  private void burst(FakeBotApi api, int users, long pid) throws Exception {
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
    out.printf(Locale.ROOT, "burst: %d users answered in %.1f s (30 msg/s allows %.1f s, ratio %.2f), 429s: %d%n",
        users, burst, users / 30.0, burst / (users / 30.0), tooMany);
    out.printf(Locale.ROOT, "memory: resident %s after the burst%n", residentMemory(pid));
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
