package az.council.helpdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever arrives as button data, the conversation acknowledges the press once and never throws. */
final class ForgedPressProperties {
  private final ChatHarness chat = new ChatHarness();

  @Property(tries = 300)
  void anyDataUpTo64Chars_isAcknowledgedOnceAndFirst(@ForAll @StringLength(max = 64) String data) {
    List<Action> actions = chat.press(ChatHarness.user(3, Language.AZ), 5, data);

    assertThat(actions).isNotEmpty();
    assertThat(actions.get(0)).isInstanceOf(Action.AnswerPress.class);
    assertThat(actions.stream().filter(Action.AnswerPress.class::isInstance)).hasSize(1);
  }

  @Property(tries = 300)
  void decoding_neverThrows_andEncodingRoundTrips(@ForAll @StringLength(max = 70) String data) {
    CallbackCodec.decode(data).ifPresent(callback -> assertThat(CallbackCodec.decode(CallbackCodec.encode(callback)))
        .contains(callback));
  }
}
