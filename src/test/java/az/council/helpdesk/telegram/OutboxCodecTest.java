package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.OutboxEntry;
import az.council.helpdesk.triage.Urgency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class OutboxCodecTest {
  private final OutboxCodec codec = new OutboxCodec();

  static List<Outgoing> calls() {
    Keyboard keyboard = new Keyboard(List.of(List.of(new Keyboard.Button("Yes ✅", "y"), new Keyboard.Button("No", "n")),
        List.of(new Keyboard.Button("<b>&amp;</b> _*[]", "x:1"))));
    return List.of(
        new Outgoing.Message(42, "Salam! Привет 😀 \"quoted\" \\ backslash", keyboard),
        new Outgoing.Message(-100123, "plain", Keyboard.NONE),
        new Outgoing.EditText(42, 77, "edited", keyboard),
        new Outgoing.Answer(42, "cbq-1", Optional.of("Saved")),
        new Outgoing.Answer(42, "cbq-2", Optional.empty()),
        new Outgoing.HandOff(new Action.HandOff(7, 42, Language.AZ, Action.HandOff.Reason.URGENT,
            Optional.of(Urgency.values()[0]), List.of("Pasportumu itirmişəm", "second"))),
        new Outgoing.HandOff(new Action.HandOff(7, 42, Language.RU, Action.HandOff.Reason.USER_ASKED,
            Optional.empty(), List.of())),
        new Outgoing.Leave(-100999));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void encodeThenDecode_givesTheSameCall(Outgoing call) {
    OutboxEntry.New row = codec.encode(call);

    Outgoing back = codec.decode(new OutboxEntry(1, row.chatId(), row.kind(), row.payload(), 0, 0, 0));

    assertThat(back).isEqualTo(call);
    assertThat(row.chatId()).isEqualTo(call.chatId());
    assertThat(OutboxCodec.rate(row.kind())).isEqualTo(call.rate());
  }
}
