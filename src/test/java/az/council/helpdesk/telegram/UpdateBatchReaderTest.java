package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

final class UpdateBatchReaderTest {
  private final DeliveryMetrics metrics = new DeliveryMetrics();
  private final UpdateBatchReader reader = new UpdateBatchReader(metrics);

  private static String response(String... updates) {
    return "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
  }

  @Test
  void aPoisonUpdate_becomesAnIdOnlyUpdate_andTheOthersAreRead() throws Exception {
    String good = UpdateJson.text(10, 42, "hello").toString();
    String poison = "{\"update_id\":11,\"message\":{\"message_id\":\"not-a-number\",\"date\":1,"
        + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"secret text\"}}";
    String later = UpdateJson.text(12, 43, "world").toString();

    List<Update> updates = reader.read(response(good, poison, later));

    assertThat(updates).extracting(Update::getUpdateId).containsExactly(10, 11, 12);
    assertThat(updates.get(1).getMessage()).isNull();
    assertThat(updates.get(0).getMessage().getText()).isEqualTo("hello");
    assertThat(reader.take(11)).contains(UpdateBatchReader.POISON);
    assertThat(reader.take(10)).hasValueSatisfying(raw -> assertThat(raw).contains("\"hello\""));
    assertThat(metrics.snapshot().poisonUpdates()).isEqualTo(1);
  }

  @Test
  void theStockReader_failsTheWholeBatchOnThatSameUpdate() {
    String poison = "{\"update_id\":11,\"message\":{\"message_id\":\"not-a-number\",\"date\":1,"
        + "\"chat\":{\"id\":42,\"type\":\"private\"}}}";

    assertThatThrownBy(() -> new org.telegram.telegrambots.meta.api.methods.updates.GetUpdates()
        .deserializeResponse(response(UpdateJson.text(10, 42, "x").toString(), poison)))
        .isInstanceOf(TelegramApiRequestException.class);
  }

  @Test
  void anUpdateWithoutAnId_isSkipped() throws Exception {
    List<Update> updates = reader.read(response("{\"message\":{}}", "{\"update_id\":\"x\"}",
        UpdateJson.text(5, 1, "a").toString()));

    assertThat(updates).extracting(Update::getUpdateId).containsExactly(5);
    assertThat(metrics.snapshot().poisonUpdates()).isEqualTo(2);
  }

  @Test
  void unknownFields_areTolerated() throws Exception {
    String future = "{\"update_id\":7,\"brand_new_kind\":{\"x\":1}}";

    assertThat(reader.read(response(future))).extracting(Update::getUpdateId).containsExactly(7);
  }

  @Test
  void anErrorResponse_isTheLibrarysUsualException() {
    assertThatThrownBy(() -> reader.read("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict\"}"))
        .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(409));
    assertThatThrownBy(() -> reader.read("<html>502 Bad Gateway</html>"))
        .isInstanceOf(TelegramApiRequestException.class).hasMessage("Unable to deserialize response");
  }

  @Test
  void theRequest_serialisesLikeGetUpdates() throws Exception {
    UpdateBatchReader.Request request = reader.new Request();
    request.setOffset(5);
    request.setTimeout(50);

    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(request);

    assertThat(json).contains("\"offset\":5", "\"timeout\":50", "\"method\":\"getupdates\"")
        .doesNotContain("this$0").doesNotContain("reader");
  }
}
