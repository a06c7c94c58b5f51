package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import az.council.helpdesk.config.SendLimits;
import az.council.helpdesk.fakeapi.ApiCall;
import az.council.helpdesk.fakeapi.FakeBotApi;
import az.council.helpdesk.fakeapi.FakeBotApiConfig;
import az.council.helpdesk.fakeapi.FakeUser;
import az.council.helpdesk.fakeapi.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a fake Telegram that enforces its limits (429 beyond them), the bot's scheduler never trips them. */
final class RateLimitTest {
  @TempDir Path dir;

  @Test
  void aBurstOfUsers_isAnsweredAtTelegramsPace_withoutA429() {
    try (FakeBotApi api = FakeBotApi.start(FakeBotApiConfig.defaults().withRateLimits(RateLimits.telegram()));
        BotHarness harness = new BotHarness(api, dir).configure(c -> new az.council.helpdesk.config.Config(
            c.botToken(), c.api(), c.dataDir(), c.faqDir(), c.staffChatId(), c.adminIds(), SendLimits.TELEGRAM,
            c.timeouts(), c.retry(), c.logLevel(), c.shutdownGrace(), c.workers())).start()) {
      FakeUser chatty = FakeUser.of(1, "Chatty", "en");
      for (int i = 0; i < 3; i++) {
        api.incoming().text(chatty, "question " + i);
      }
      for (int user = 2; user <= 46; user++) {
        api.incoming().text(FakeUser.of(user, "U" + user, "ru"), "hello");
      }

      await().atMost(Duration.ofSeconds(15)).until(() -> harness.bot().metrics().snapshot().delivered() == 48);

      assertThat(api.tooManyRequestsSent()).isZero();
      List<ApiCall> toChatty = api.calls().of("sendMessage").stream()
          .filter(c -> c.chatId().equals(java.util.Optional.of(1L))).toList();
      assertThat(toChatty).hasSize(3);
      for (int i = 1; i < toChatty.size(); i++) {
        assertThat(toChatty.get(i).nanoTime() - toChatty.get(i - 1).nanoTime()).isGreaterThanOrEqualTo(1_000_000_000L);
      }
    }
  }
}
