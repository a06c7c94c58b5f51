package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Button data is untrusted: stale, forged or junk presses get a polite notice and change nothing. */
final class ForgedPressTest {
  private final ChatHarness chat = new ChatHarness();
  private final Sender owner = user(1, Language.EN);
  private final Sender intruder = user(2, Language.RU);

  @BeforeEach
  void ownerAskedTwice() {
    chat.text(owner, chat.triage.answer("register", Language.EN, "reg-how"));
    chat.text(owner, chat.triage.suggest("vague", Language.EN, "reg-fine", "reg-who"));
    chat.command(intruder, "help");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "x", "zz:1", "💥", "r:1001:0", "r:1001:1", "s:1002:0", "s:1002:1", "r:9999:1", "r:abc:1", "r:1001:2",
      "r:-1:1", "r:1001", "m:no-such-entry", "a:no-such-entry", "m:../../etc", "m:REG-HOW", "t:asylum:99",
      "t:no-topic:0", "t:work-permit:-1", "t:work-permit", "l:de", "l:ru-RU", "l:", "c:ZZ", "c:ukraine",
      "c:UA:1", "f:1", "f:0", "o:1", "o:0", "h:1", "s:1002:9", ":::::", "r:1001:1:1",
      "0123456789012345678901234567890123456789012345678901234567890123",
      "r:99999999999999999999999999999999999999999999999999999999999999:1",
      "m:this-entry-id-is-far-too-long-to-fit-into-sixty-four-bytes-of-telegram-data"})
  void anotherUsersOrGarbageData_politeNotice_stateUnchanged(String data) {
    var profiles = new HashMap<>(chat.profiles.rows);
    var inquiries = new ArrayList<>(chat.log.inquiries);
    var ratings = new HashMap<>(chat.log.ratings);

    List<Action> actions = chat.press(intruder, 12, data);

    assertThat(actions).singleElement().isInstanceOf(Action.AnswerPress.class);
    assertThat(((Action.AnswerPress) actions.get(0)).notice()).isEqualTo(Optional.of(msg(Language.RU, "chat.stale")));
    assertThat(chat.profiles.rows).isEqualTo(profiles);
    assertThat(chat.log.inquiries).isEqualTo(inquiries);
    assertThat(chat.log.ratings).isEqualTo(ratings);
    assertThat(chat.log.citizenships).isEmpty();
    assertThat(chat.log.forgotten).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"r:1001:0", "s:1002:1"})
  void theSameData_worksForItsOwner(String data) {
    List<Action> actions = chat.press(owner, 12, data);

    assertThat(((Action.AnswerPress) actions.get(0)).notice()).isNotEqualTo(Optional.of(msg(Language.EN, "chat.stale")));
  }
}
