package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

final class SendResultTest {
  private static TelegramApiRequestException api(int code, String description, Integer retryAfter) {
    ApiResponse<Boolean> response = ApiResponse.<Boolean>builder().ok(false).errorCode(code)
        .errorDescription(description)
        .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
        .build();
    return new TelegramApiRequestException("Error executing query", response);
  }

  @Test
  void tooManyRequests_isRetriedAfterTelegramsRetryAfter() {
    SendResult result = SendResult.of(new CompletionException(api(429, "Too Many Requests: retry after 3", 3)));

    assertThat(result).isEqualTo(new SendResult.Retry(Optional.of(Duration.ofSeconds(3)), false, true,
        "429 Too Many Requests: retry after 3"));
  }

  @Test
  void tooManyRequests_withoutParameters_usesTheBackoff() {
    assertThat(SendResult.of(api(429, "Too Many Requests", null)))
        .isEqualTo(new SendResult.Retry(Optional.empty(), false, true, "429 Too Many Requests"));
  }

  @Test
  void blockedByTheUser_meansTheChatIsGone() {
    assertThat(SendResult.of(new ExecutionException(api(403, "Forbidden: bot was blocked by the user", null))))
        .isEqualTo(new SendResult.ChatGone("403 Forbidden: bot was blocked by the user"));
  }

  @Test
  void badRequest_isRefusedForGood() {
    assertThat(SendResult.of(api(400, "Bad Request: chat not found", null)))
        .isEqualTo(new SendResult.Refused("400 Bad Request: chat not found"));
  }

  @Test
  void editWithTheSameText_isASuccess() {
    assertThat(SendResult.of(api(400, "Bad Request: message is not modified: specified new message content and reply"
        + " markup are exactly the same", null))).isEqualTo(new SendResult.Delivered());
  }

  @Test
  void proxyErrorPage_unreadableResponse_isTransientAndMayHaveBeenDelivered() {
    TelegramApiRequestException html = new TelegramApiRequestException("Unable to deserialize response",
        new IOException("Unexpected character ('<')"));

    assertThat(SendResult.of(html)).isInstanceOfSatisfying(SendResult.Retry.class, r -> {
      assertThat(r.possiblyDelivered()).isTrue();
      assertThat(r.rateLimited()).isFalse();
      assertThat(r.after()).isEmpty();
    });
  }

  @Test
  void serverErrorsAndARevokedToken_areRetried() {
    assertThat(SendResult.of(api(500, "Internal Server Error", null))).isInstanceOf(SendResult.Retry.class);
    assertThat(SendResult.of(api(502, "Bad Gateway", null))).isInstanceOf(SendResult.Retry.class);
    assertThat(SendResult.of(api(401, "Unauthorized", null))).isInstanceOf(SendResult.Retry.class);
  }

  @Test
  void timeout_mayHaveBeenDelivered() {
    TelegramApiException wrapped = new TelegramApiException("Unable to execute sendmessage method",
        new SocketTimeoutException("timeout"));

    assertThat(SendResult.of(wrapped)).isEqualTo(new SendResult.Retry(Optional.empty(), true, false, "timeout"));
    assertThat(SendResult.of(new InterruptedIOException("timeout")))
        .isEqualTo(new SendResult.Retry(Optional.empty(), true, false, "timeout"));
  }

  @Test
  void connectionRefused_wasNeverDelivered() {
    assertThat(SendResult.of(new ConnectException("Connection refused")))
        .isEqualTo(new SendResult.Retry(Optional.empty(), false, false, "cannot connect: ConnectException"));
  }

  @Test
  void connectionReset_mayHaveBeenDelivered() {
    assertThat(SendResult.of(new CompletionException(new IOException("unexpected end of stream"))))
        .isEqualTo(new SendResult.Retry(Optional.empty(), true, false, "connection failed: IOException"));
  }

  @Test
  void invalidRequest_isRefused() {
    assertThat(SendResult.of(new TelegramApiValidationException("Text parameter can't be empty",
        SendMessage.builder().chatId(1L).text("x").build())))
        .isInstanceOf(SendResult.Refused.class);
  }
}
