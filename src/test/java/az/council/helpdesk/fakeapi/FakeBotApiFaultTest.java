package az.council.helpdesk.fakeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Injected faults as the real client sees them: the error code, retry_after, or the IOException. */
final class FakeBotApiFaultTest {
  private static final FakeUser ALI = FakeUser.of(42, "Ali", "az");
  private static final Duration WAIT = Duration.ofSeconds(5);

  private FakeBotApi api;
  private RealClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    client = new RealClient(api);
    api.incoming().text(ALI, "salam");
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void tooManyRequests_surfacesAsErrorCode429WithRetryAfter_andSendsNothing() {
    api.faults().failNext(1, Fault.tooManyRequests(3));

    assertThatThrownBy(() -> send("a")).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
      assertThat(e.getErrorCode()).isEqualTo(429);
      assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
    });
    assertThat(api.chats().botMessages(42)).isEmpty();
    assertThat(api.tooManyRequestsSent()).isEqualTo(1);
  }

  @Test
  void aJsonServerError_surfacesWithItsCode() {
    api.faults().failNext(1, Fault.internalServerError());

    assertThatThrownBy(() -> send("a")).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getErrorCode()).isEqualTo(500));
  }

  @Test
  void anHtmlBadGateway_losesItsStatusInTheClient() {
    api.faults().failNext(1, Fault.badGateway());

    assertThatThrownBy(() -> send("a")).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
      assertThat(e.getErrorCode()).isZero();
      assertThat(e.getMessage()).contains("Unable to deserialize response");
    });
  }

  @Test
  void aDelayLongerThanTheClientTimeout_timesOut_butTheMessageIsDeliveredAnyway() {
    api.faults().failNext(1, Fault.delay(Duration.ofSeconds(1)));

    try (RealClient impatient = new RealClient(api, api.token(), Duration.ofMillis(300))) {
      assertThatThrownBy(() -> impatient.telegram.execute(SendMessage.builder().chatId(42L).text("late").build()))
          .isInstanceOf(TelegramApiException.class).hasCauseInstanceOf(SocketTimeoutException.class);
    }
    assertThat(api.awaitMessages(42, 1, WAIT)).extracting(ChatMessage::text).containsExactly("late");
  }

  @Test
  void aDroppedConnection_surfacesAsAnIOException_andSendsNothing() {
    api.faults().failNext(1, Fault.dropConnection());

    assertThatThrownBy(() -> send("a")).isInstanceOf(TelegramApiException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(api.chats().botMessages(42)).isEmpty();
    assertThat(api.calls().countWithStatus(0)).isEqualTo(1);
  }

  @Test
  void malformedJson_isUnreadable_butTheMessageWasSent() {
    api.faults().failNext(1, Fault.malformedJson());

    assertThatThrownBy(() -> send("a")).isInstanceOfSatisfying(TelegramApiRequestException.class,
        e -> assertThat(e.getMessage()).contains("Unable to deserialize response"));
    assertThat(api.chats().botMessages(42)).extracting(ChatMessage::text).containsExactly("a");
  }

  @Test
  void faultsForOneMethod_leaveTheOthersAlone_andRunOut() throws Exception {
    Message sent = send("a");
    api.faults().failNext("editMessageText", 1, Fault.internalServerError());

    Message second = send("b");
    assertThatThrownBy(() -> edit(sent, "a2")).isInstanceOf(TelegramApiRequestException.class);
    edit(sent, "a3");

    assertThat(second.getText()).isEqualTo("b");
    assertThat(api.chats().message(42, sent.getMessageId()).orElseThrow().text()).isEqualTo("a3");
    assertThat(api.faults().injected()).isEqualTo(1);
  }

  @Test
  void randomFaults_followTheSeed_andClearStopsThem() {
    api.faults().failRandomly(0.5, 7L, Fault.internalServerError());
    List<Boolean> first = outcomes(20);
    api.faults().clear();
    api.faults().failRandomly(0.5, 7L, Fault.internalServerError());
    List<Boolean> second = outcomes(20);
    api.faults().clear();

    assertThat(first).isEqualTo(second).contains(true, false);
    assertThat(outcomes(5)).containsOnly(true);
  }

  @Test
  void blockedUsers_getForbidden_untilTheyUnblock() throws Exception {
    api.incoming().blocksBot(ALI);
    assertThatThrownBy(() -> send("a")).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
      assertThat(e.getErrorCode()).isEqualTo(403);
      assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
    });

    api.incoming().unblocksBot(ALI);

    assertThat(send("welcome back").getText()).isEqualTo("welcome back");
  }

  @Test
  void theRateLimiter_allowsOneMessagePerSecondPerChat_andThirtyPerSecondPerBot() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    try (FakeBotApi limited = FakeBotApi.start(FakeBotApiConfig.defaults().withClock(clock)
        .withRateLimits(RateLimits.telegram()));
        RealClient limitedClient = new RealClient(limited)) {
      for (int user = 1; user <= 31; user++) {
        limited.incoming().text(FakeUser.of(user, "U" + user, "en"), "hi");
      }
      limitedClient.telegram.execute(SendMessage.builder().chatId(1L).text("one").build());
      assertThatThrownBy(() -> limitedClient.telegram.execute(SendMessage.builder().chatId(1L).text("two").build()))
          .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(429);
            assertThat(e.getParameters().getRetryAfter()).isEqualTo(1);
          });
      for (long user = 2; user <= 30; user++) {
        limitedClient.telegram.execute(SendMessage.builder().chatId(user).text("burst").build());
      }
      assertThatThrownBy(() -> limitedClient.telegram.execute(SendMessage.builder().chatId(31L).text("x").build()))
          .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(429));

      clock.advance(Duration.ofSeconds(1));

      limitedClient.telegram.execute(SendMessage.builder().chatId(1L).text("two").build());
      limitedClient.telegram.execute(SendMessage.builder().chatId(31L).text("x").build());
      assertThat(limited.tooManyRequestsSent()).isEqualTo(2);
    }
  }

  private List<Boolean> outcomes(int n) {
    List<Boolean> ok = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        send("m" + i);
        ok.add(true);
      } catch (TelegramApiException e) {
        ok.add(false);
      }
    }
    return ok;
  }

  private Message send(String text) throws TelegramApiException {
    return client.telegram.execute(SendMessage.builder().chatId(42L).text(text).build());
  }

  private void edit(Message message, String text) throws TelegramApiException {
    client.telegram.execute(EditMessageText.builder().chatId(42L).messageId(message.getMessageId()).text(text).build());
  }
}
