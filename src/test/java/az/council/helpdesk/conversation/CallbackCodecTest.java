package az.council.helpdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CallbackCodecTest {
  private static final List<Callback> EXAMPLES = List.of(
      new Callback.ChooseLanguage(Language.AZ), new Callback.TopicMenu(),
      new Callback.TopicPage(Topic.TEMPORARY_RESIDENCE, 12), new Callback.MenuEntry("registration-special-cases"),
      new Callback.SeeAlso("stay-visa-free-90-days"), new Callback.PickSuggestion(Long.MAX_VALUE / 10, 2),
      new Callback.Rate(123_456_789_012L, true), new Callback.Rate(1, false), new Callback.TalkToMember(),
      new Callback.MemberOffer(true), new Callback.Citizenship("UA"), new Callback.Citizenship("stateless"),
      new Callback.Forget(false));

  @Test
  void everyKind_roundTrips_withinTelegramsSixtyFourBytes() {
    for (Callback callback : EXAMPLES) {
      String data = CallbackCodec.encode(callback);
      assertThat(data.getBytes(StandardCharsets.UTF_8).length).as(data).isLessThanOrEqualTo(64);
      assertThat(CallbackCodec.decode(data)).as(data).contains(callback);
    }
  }

  @Test
  void theLongestRealEntryId_fitsAMenuButton() {
    String longest = "x".repeat(62);
    assertThat(CallbackCodec.encode(new Callback.MenuEntry(longest))).hasSize(64);
    assertThat(CallbackCodec.decode("m:" + longest)).isPresent();
    assertThat(CallbackCodec.decode("m:" + longest + "x")).isEmpty();
  }
}
