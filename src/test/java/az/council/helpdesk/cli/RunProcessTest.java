package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeUser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} as an operator starts it: a separate JVM, configured by environment, stopped by SIGTERM. */
final class RunProcessTest {
  @TempDir Path dir;

  @Test
  void run_answersAQuestion_andStopsGracefullyOnSigterm_withoutLeakingTheToken() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Path log = dir.resolve("stderr.log");
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run")
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().clear();
      builder.environment().put("TELEGRAM_BOT_TOKEN", api.token());
      builder.environment().put("TELEGRAM_API_URL", api.baseUrl());
      builder.environment().put("HELPDESK_DATA_DIR", dir.resolve("data").toString());
      builder.environment().put("HELPDESK_FAQ_DIR", new File("faq").getAbsolutePath());
      Process process = builder.start();
      try {
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(log).contains("Bot running"));

        api.incoming().text(FakeUser.of(42, "Aysel", "ru"), "меня задержала полиция");

        String answer = api.awaitMessages(42, 1, Duration.ofSeconds(10)).get(0).text();
        assertThat(answer).isNotBlank();
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
      } finally {
        process.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(output).contains("bot stopped in").contains("hand-off recorded for chat 42")
          .doesNotContain(api.token()).doesNotContain(api.token().substring(api.token().indexOf(':') + 1));
      assertThat(process.exitValue()).isEqualTo(143);
    }
  }
}
