package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.edits;
import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** /forget asks first, then deletes the profile and unlinks the inquiry log; idle profiles expire after a year. */
final class ForgetTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Language.class)
  void forget_confirmed_deletesTheProfileAndUnlinksTheLog(Language language) {
    Sender sender = user(1, language);
    chat.text(sender, chat.triage.answer("q", language, "reg-how"));
    assertThat(chat.profiles.rows).containsKey(1L);

    List<Action> ask = chat.command(sender, "forget");
    assertThat(sends(ask).get(0).text()).isEqualTo(msg(language, "chat.forget.ask"));
    assertThat(labels(sends(ask).get(0).keyboard()))
        .containsExactly(msg(language, "chat.button.forget"), msg(language, "chat.button.keep"));
    assertThat(chat.profiles.rows).as("nothing deleted before the confirmation").containsKey(1L);

    List<Action> done = chat.press(sender, ask, msg(language, "chat.button.forget"));

    assertThat(edits(done)).singleElement().extracting(Action.Edit::text).isEqualTo(msg(language, "chat.forget.done"));
    assertThat(chat.profiles.rows).doesNotContainKey(1L);
    assertThat(chat.log.forgotten).containsExactly(1L);
    List<Action> stale = chat.press(sender, 2, "r:1001:1");
    assertThat(((Action.AnswerPress) stale.get(0)).notice()).as("old rating buttons are dead")
        .contains(msg(language, "chat.stale"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void forget_declined_keepsEverything(Language language) {
    Sender sender = user(1, language);
    List<Action> ask = chat.command(sender, "forget");

    List<Action> kept = chat.press(sender, ask, msg(language, "chat.button.keep"));

    assertThat(edits(kept)).singleElement().extracting(Action.Edit::text).isEqualTo(msg(language, "chat.forget.kept"));
    assertThat(chat.profiles.rows).containsKey(1L);
    assertThat(chat.log.forgotten).isEmpty();
  }

  @Test
  void afterForget_theNextMessageStartsAfresh_andTheCitizenshipQuestionComesAgain() {
    Sender sender = user(1, Language.EN);
    chat.text(sender, chat.triage.answer("q", Language.EN, "reg-how"));
    chat.press(sender, 3, "c:UA");
    chat.press(sender, chat.command(sender, "forget"), "Yes, forget me");

    List<Action> again = chat.text(sender, "q");

    assertThat(sends(again)).extracting(Action.Send::text).contains(msg(Language.EN, "chat.citizenship.ask"));
  }

  @Test
  void profilesSilentForAYear_areDeleted_activeOnesKept() {
    chat.text(user(1, Language.EN), "old");
    chat.clock.advance(Duration.ofDays(200));
    chat.text(user(2, Language.EN), "newer");
    chat.clock.advance(Duration.ofDays(200));

    chat.text(user(3, Language.EN), "today");

    assertThat(chat.profiles.rows).containsOnlyKeys(2L, 3L);
  }

  @Test
  void lastSeen_isWrittenAtMostDaily_notOnEveryMessage() {
    Sender sender = user(1, Language.EN);
    for (int i = 0; i < 10; i++) {
      chat.text(sender, "m" + i);
    }
    assertThat(chat.profiles.saves).isEqualTo(1);

    chat.clock.advance(Duration.ofDays(2));
    chat.text(sender, "later");
    assertThat(chat.profiles.saves).isEqualTo(2);
    assertThat(chat.profiles.rows.get(1L).lastSeen()).isEqualTo(chat.clock.instant());
  }
}
