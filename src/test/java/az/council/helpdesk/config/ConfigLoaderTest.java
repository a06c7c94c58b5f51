package az.council.helpdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ConfigLoaderTest {
  private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";
  @TempDir Path dir;

  @Test
  void load_emptyEnvironment_givesDefaultsWithoutToken() {
    Config config = ConfigLoader.load(Map.of());

    assertThat(config.botToken()).isEmpty();
    assertThat(config.api()).isEqualTo(ApiEndpoint.TELEGRAM);
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    assertThat(config.faqDir()).isEqualTo(Path.of("faq"));
    assertThat(config.staffChatId()).isEmpty();
    assertThat(config.sendLimits()).isEqualTo(SendLimits.TELEGRAM);
    assertThat(config.timeouts()).isEqualTo(HttpTimeouts.DEFAULT);
    assertThat(config.logLevel()).isEqualTo("INFO");
  }

  @Test
  void requireToken_missing_saysWhatToSet() {
    Config config = ConfigLoader.load(Map.of());

    assertThatThrownBy(config::requireToken).isInstanceOf(ConfigException.class)
        .hasMessage("Set TELEGRAM_BOT_TOKEN to the bot token from @BotFather (or TELEGRAM_BOT_TOKEN_FILE to a file"
            + " that holds it).");
  }

  @Test
  void load_everySetting_isRead() {
    Config config = ConfigLoader.load(Map.ofEntries(
        Map.entry("TELEGRAM_BOT_TOKEN", TOKEN),
        Map.entry("TELEGRAM_API_URL", "http://127.0.0.1:8081"),
        Map.entry("HELPDESK_DATA_DIR", "/var/lib/helpdesk"),
        Map.entry("HELPDESK_FAQ_DIR", "/opt/faq"),
        Map.entry("STAFF_CHAT_ID", "-1001234567890"),
        Map.entry("ADMIN_IDS", "42, 7 99"),
        Map.entry("TELEGRAM_SEND_PER_SECOND", "20"),
        Map.entry("TELEGRAM_CHAT_INTERVAL", "1500ms"),
        Map.entry("TELEGRAM_CONNECT_TIMEOUT", "3s"),
        Map.entry("TELEGRAM_READ_TIMEOUT", "PT20S"),
        Map.entry("TELEGRAM_WRITE_TIMEOUT", "15"),
        Map.entry("TELEGRAM_CALL_TIMEOUT", "1m"),
        Map.entry("TELEGRAM_POLL_TIMEOUT", "25s"),
        Map.entry("TELEGRAM_RETRY_FIRST", "200ms"),
        Map.entry("TELEGRAM_RETRY_MAX", "30s"),
        Map.entry("HELPDESK_LOG_LEVEL", "debug"),
        Map.entry("HELPDESK_SHUTDOWN_GRACE", "4s"),
        Map.entry("HELPDESK_WORKERS", "3")));

    assertThat(config.requireToken().reveal()).isEqualTo(TOKEN);
    assertThat(config.api()).isEqualTo(new ApiEndpoint("http", "127.0.0.1", 8081));
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/helpdesk"));
    assertThat(config.faqDir()).isEqualTo(Path.of("/opt/faq"));
    assertThat(config.staffChatId()).contains(-1001234567890L);
    assertThat(config.adminIds()).containsExactlyInAnyOrder(42L, 7L, 99L);
    assertThat(config.sendLimits()).isEqualTo(new SendLimits(20, Duration.ofMillis(1500)));
    assertThat(config.timeouts()).isEqualTo(new HttpTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(20),
        Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofSeconds(25)));
    assertThat(config.retry()).isEqualTo(new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(30)));
    assertThat(config.logLevel()).isEqualTo("DEBUG");
    assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.workers()).isEqualTo(3);
  }

  @Test
  void token_fromFile_isStrippedOfTheTrailingNewline() throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, TOKEN + "\n", StandardCharsets.UTF_8);

    Config config = ConfigLoader.load(Map.of("TELEGRAM_BOT_TOKEN_FILE", file.toString()));

    assertThat(config.requireToken().reveal()).isEqualTo(TOKEN);
  }

  @Test
  void token_bothDirectAndFile_isRefused() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_BOT_TOKEN_FILE", "/x")))
        .hasMessage("Set either TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_FILE (environment variable), not both.");
  }

  @Test
  void token_fileMissing_saysWhichVariablePointsWhere() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("TELEGRAM_BOT_TOKEN_FILE", "/no/such/file")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("TELEGRAM_BOT_TOKEN_FILE points to /no/such/file, which cannot be read: set it to a readable file"
            + " that holds the value.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a token", "123456:abc def", "abc:def", "123456789:AAH\"quote"})
  void token_malformed_isRefusedWithoutEchoingIt(String token) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("TELEGRAM_BOT_TOKEN", token)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("TELEGRAM_BOT_TOKEN does not look like a bot token")
        .hasMessageNotContaining(token);
  }

  @Test
  void secret_neverPrintsItself() {
    Config config = ConfigLoader.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

    assertThat(config.toString()).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void apiUrl_withPathPrefix_isRefusedWithASentence() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("TELEGRAM_API_URL", "https://proxy.example.org/telegram")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("TELEGRAM_API_URL must not have a path, query or fragment (the Telegram library cannot call an API"
            + " under a path prefix): set only scheme://host[:port], e.g. https://proxy.example.org.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://api.telegram.org", "api.telegram.org", "http://", "http://[bad"})
  void apiUrl_notHttp_isRefused(String url) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("TELEGRAM_API_URL", url)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("TELEGRAM_API_URL ");
  }

  @Test
  void apiUrl_defaultPorts_followTheScheme() {
    assertThat(ApiEndpoint.parse("X", "http://localhost/")).isEqualTo(new ApiEndpoint("http", "localhost", 80));
    assertThat(ApiEndpoint.parse("X", "HTTPS://api.telegram.org")).isEqualTo(ApiEndpoint.TELEGRAM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"STAFF_CHAT_ID=-100x", "ADMIN_IDS=1,two", "TELEGRAM_SEND_PER_SECOND=0",
      "TELEGRAM_CHAT_INTERVAL=soon", "TELEGRAM_POLL_TIMEOUT=90s", "TELEGRAM_CONNECT_TIMEOUT=0",
      "HELPDESK_LOG_LEVEL=LOUD", "HELPDESK_WORKERS=-1", "TELEGRAM_RETRY_MAX=0"})
  void wrongValue_stopsWithOneSentenceNamingTheVariable(String assignment) {
    String[] kv = assignment.split("=", 2);

    assertThatThrownBy(() -> ConfigLoader.load(Map.of(kv[0], kv[1])))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(kv[0])
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
  }

  @Test
  void yamlFile_suppliesValues_andTheEnvironmentWins() throws Exception {
    Path yaml = dir.resolve("helpdesk.yaml");
    Files.writeString(yaml, """
        HELPDESK_DATA_DIR: /from/yaml
        STAFF_CHAT_ID: -100555
        ADMIN_IDS: [1, 2]
        TELEGRAM_SEND_PER_SECOND: 10
        """, StandardCharsets.UTF_8);

    Config config = ConfigLoader.load(Map.of("HELPDESK_CONFIG", yaml.toString(), "TELEGRAM_SEND_PER_SECOND", "25"));

    assertThat(config.dataDir()).isEqualTo(Path.of("/from/yaml"));
    assertThat(config.staffChatId()).contains(-100555L);
    assertThat(config.adminIds()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(config.sendLimits().perSecond()).isEqualTo(25);
  }

  @Test
  void yamlFile_unknownKey_isATypoThatStopsStartUp() throws Exception {
    Path yaml = dir.resolve("helpdesk.yaml");
    Files.writeString(yaml, "HELPDESK_DATA_DIRR: /x\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HELPDESK_CONFIG", yaml.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Unknown setting HELPDESK_DATA_DIRR in ");
  }

  @Test
  void yamlFile_broken_namesTheLine() throws Exception {
    Path yaml = dir.resolve("helpdesk.yaml");
    Files.writeString(yaml, "A: b\n  c: [\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ConfigLoader.load(Map.of("HELPDESK_CONFIG", yaml.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not valid YAML (line");
  }

  @Test
  void yamlFile_secretFromFile() throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, TOKEN, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("helpdesk.yaml");
    Files.writeString(yaml, "TELEGRAM_BOT_TOKEN_FILE: " + token + "\n", StandardCharsets.UTF_8);

    Config config = ConfigLoader.load(Map.of("HELPDESK_CONFIG", yaml.toString()));

    assertThat(config.requireToken().reveal()).isEqualTo(TOKEN);
  }

  @Test
  void blankValue_meansDefault() {
    assertThat(ConfigLoader.load(Map.of("HELPDESK_DATA_DIR", "  ")).dataDir()).isEqualTo(Path.of("data"));
  }
}
