package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class RunCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... options) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == RunCommand.class ? type.cast(new RunCommand(environment)) : CommandLine.defaultFactory().create(type);
      }
    };
    return Main.execute(java.util.stream.Stream.concat(java.util.stream.Stream.of("run"),
        java.util.Arrays.stream(options)).toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), factory);
  }

  @Test
  void run_withoutToken_saysWhatToSetInOneLine() {
    int code = run(Map.of());

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString()).isEqualToIgnoringNewLines("Set TELEGRAM_BOT_TOKEN to the bot token from @BotFather (or"
        + " TELEGRAM_BOT_TOKEN_FILE to a file that holds it).");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void run_withAnApiUrlUnderAPath_refusesIt() {
    int code = run(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_API_URL", "http://127.0.0.1:8080/tg"));

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("TELEGRAM_API_URL must not have a path");
  }

  @Test
  void run_withoutFaq_namesTheFolderSetting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
    int code = run(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "HELPDESK_FAQ_DIR", empty.toString()));

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("No FAQ entries found in ")
        .endsWith("set HELPDESK_FAQ_DIR to the FAQ folder.");
  }

  @Test
  void run_withATokenTelegramRejects_saysSoInOneLine_withoutTheToken(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
    String wrong = "987654321:AAHwrongTokenWrongTokenWrongTokenXX";
    try (az.council.helpdesk.fakeapi.FakeBotApi api = az.council.helpdesk.fakeapi.FakeBotApi.start()) {
      int code = run(Map.of("TELEGRAM_BOT_TOKEN", wrong, "TELEGRAM_API_URL", api.baseUrl(),
          "HELPDESK_DATA_DIR", data.toString()));

      assertThat(code).isEqualTo(ExitCode.CONFIG);
      assertThat(err.toString().lines()).singleElement().asString()
          .startsWith("Telegram rejected TELEGRAM_BOT_TOKEN (401").doesNotContain(wrong).doesNotContain("AAHwrong");
    }
  }

  @Test
  void runWebhook_withoutTheSecret_saysWhatToSet() {
    int code = run(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), "--webhook", "https://bot.example.org/tg", "--port", "8443");

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("--webhook needs TELEGRAM_WEBHOOK_SECRET (or TELEGRAM_WEBHOOK_SECRET_FILE)");
  }

  @Test
  void runWebhook_withoutAPort_saysWhatToSet() {
    int code = run(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_WEBHOOK_SECRET", "abc"), "--webhook",
        "https://bot.example.org/tg");

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("--webhook needs --port N");
  }

  @Test
  void runWebhook_withASecretTelegramWouldRefuse_saysWhichCharactersAreAllowed() {
    int code = run(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_WEBHOOK_SECRET", "not allowed!"), "--webhook",
        "https://bot.example.org/tg", "--port", "8443");

    assertThat(code).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString()).contains("1-256 characters A-Z, a-z, 0-9, _ or -").doesNotContain("not allowed!");
  }

  @Test
  void run_isListedInTheHelp() {
    Main.execute(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(out.toString()).contains("run");
  }
}
