package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.profiles.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeded from the client, switched by clear writing only, locked by a menu choice; answers follow the question. */
final class LanguageTest {
  private final ChatHarness chat = new ChatHarness();

  private Language other(Language language) {
    return Language.values()[(language.ordinal() + 1) % 3];
  }

  private Language stored(long userId) {
    return chat.profiles.rows.get(userId).language();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aClearQuestionInAnotherLanguage_isAnsweredInIt_andSwitchesTheSetting(Language language) {
    Sender sender = user(1, language);
    Language written = other(language);

    List<Action> actions = chat.text(sender, chat.triage.answer("clear question", written, "reg-who"));

    assertThat(sends(actions).get(0).text()).isEqualTo(TestCatalog.answer("reg-who", written));
    assertThat(stored(1)).isEqualTo(written);
    assertThat(chat.profiles.rows.get(1L).languageSource()).isEqualTo(Profile.LanguageSource.DETECTED);
    assertThat(sends(chat.command(sender, "cancel")).get(0).text()).isEqualTo(msg(written, "chat.cancel.nothing"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aShortUnclearMessage_isAnsweredInItsLanguage_butDoesNotSwitch(Language language) {
    Sender sender = user(1, language);
    Language written = other(language);

    List<Action> actions = chat.text(sender, chat.triage.answerUnclear("word", written, "reg-who"));

    assertThat(sends(actions).get(0).text()).isEqualTo(TestCatalog.answer("reg-who", written));
    assertThat(stored(1)).isEqualTo(language);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aChoiceFromTheMenu_locksTheLanguageAgainstDetection(Language chosen) {
    Sender sender = user(1, "en");
    chat.press(sender, 3, "l:" + chosen.tag());
    Language written = other(chosen);

    List<Action> actions = chat.text(sender, chat.triage.answer("clear question", written, "reg-who"));

    assertThat(sends(actions).get(0).text()).as("the answer still follows the question")
        .isEqualTo(TestCatalog.answer("reg-who", written));
    assertThat(stored(1)).isEqualTo(chosen);
    assertThat(chat.profiles.rows.get(1L).languageLocked()).isTrue();
  }

  @Test
  void theClientLanguage_isFollowedUntilTheUserChoosesOrWrites() {
    chat.command(user(1, "ru"), "help");
    assertThat(stored(1)).isEqualTo(Language.RU);

    chat.command(user(1, "az"), "help");
    assertThat(stored(1)).as("the client's language changed").isEqualTo(Language.AZ);

    chat.press(user(1, "az"), 3, "l:en");
    chat.command(user(1, "ru"), "help");
    assertThat(stored(1)).as("a choice beats the client").isEqualTo(Language.EN);
  }

  @Test
  void noClientLanguage_defaultsToEnglish_andAnyQuestionStillGetsAnAnswerAtOnce() {
    Sender sender = new Sender(5, 5, java.util.Optional.empty());

    List<Action> actions = chat.text(sender, chat.triage.answer("Как зарегистрироваться?", Language.RU, "reg-how"));

    assertThat(sends(actions).get(0).text()).isEqualTo(TestCatalog.answer("reg-how", Language.RU));
    assertThat(stored(5)).isEqualTo(Language.RU);
  }
}
