package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.buttons;
import static az.council.helpdesk.conversation.ChatHarness.edits;
import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.profiles.Profile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class StartAndCommandsTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Language.class)
  void start_supportedClientLanguage_greetsWithPrivacyNoticeLanguagesAndTopics(Language language) {
    List<Action> actions = chat.command(user(1, language.tag() + "-XX"), "start");

    List<Action.Send> sent = sends(actions);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).text()).startsWith(msg(language, "chat.start.greeting"))
        .contains(msg(language, "chat.privacy.short")).contains("/forget");
    assertThat(labels(sent.get(0).keyboard())).containsExactly("Azərbaycanca", "Русский", "English");
    assertThat(sent.get(1).text()).isEqualTo(msg(language, "chat.topics.title"));
    assertThat(labels(sent.get(1).keyboard())).hasSize(Topic.values().length)
        .containsExactlyElementsOf(Arrays.stream(Topic.values()).map(t -> msg(language, "topic." + t.id())).toList());
    assertThat(chat.profiles.rows.get(1L).language()).isEqualTo(language);
    assertThat(chat.profiles.rows.get(1L).languageSource()).isEqualTo(Profile.LanguageSource.CLIENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "uz", "tr"})
  void start_unsupportedClientLanguage_showsTheLanguageMenuInAllThree(String client) {
    List<Action> actions = chat.command(user(1, client), "start");

    assertThat(sends(actions)).singleElement().satisfies(menu -> {
      assertThat(menu.text()).contains(msg(Language.AZ, "chat.language.choose"), msg(Language.RU, "chat.language.choose"),
          msg(Language.EN, "chat.language.choose"));
      assertThat(labels(menu.keyboard())).containsExactly("Azərbaycanca", "Русский", "English");
    });
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void languageMenuChoiceAfterStart_confirmsByEditingAndThenGreets(Language chosen) {
    Sender sender = user(1, "de");
    List<Action> menu = chat.command(sender, "start");

    List<Action> actions = chat.press(sender, 5, ChatHarness.data(menu, msg(chosen, "chat.language.self")));

    assertThat(edits(actions)).singleElement().satisfies(edit -> {
      assertThat(edit.messageId()).isEqualTo(5);
      assertThat(edit.text()).isEqualTo(msg(chosen, "chat.language.set"));
    });
    assertThat(sends(actions)).hasSize(2);
    assertThat(sends(actions).get(0).text()).startsWith(msg(chosen, "chat.start.greeting"));
    assertThat(chat.profiles.rows.get(1L).language()).isEqualTo(chosen);
    assertThat(chat.profiles.rows.get(1L).languageLocked()).isTrue();
  }

  @Test
  void languageCommand_choice_editsWithoutGreetingAgain() {
    Sender sender = user(1, "en");
    List<Action> menu = chat.command(sender, "language");

    List<Action> actions = chat.press(sender, 9, ChatHarness.data(menu, "Русский"));

    assertThat(sends(actions)).isEmpty();
    assertThat(edits(actions)).singleElement().extracting(Action.Edit::text).isEqualTo(msg(Language.RU, "chat.language.set"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void helpTopicsPrivacy_answerInTheUsersLanguage(Language language) {
    Sender sender = user(1, language);

    assertThat(sends(chat.command(sender, "help")).get(0).text()).startsWith(msg(language, "chat.help"))
        .contains("/start", "/topics", "/language", "/human", "/privacy", "/forget", "/cancel");
    assertThat(buttons(chat.command(sender, "topics"))).hasSize(Topic.values().length);
    assertThat(sends(chat.command(sender, "privacy")).get(0).text()).isEqualTo(msg(language, "chat.privacy.full"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void unknownCommand_politeReplyListingTheCommands(Language language) {
    String text = sends(chat.command(user(1, language), "weather")).get(0).text();

    assertThat(text).startsWith(msg(language, "chat.command.unknown", "weather"))
        .contains(BotCommands.list(ChatHarness.MESSAGES, language));
  }

  @Test
  void cancel_leavesAPendingQuestion_andSaysWhenThereIsNone() {
    Sender sender = user(1, "en");
    assertThat(sends(chat.command(sender, "cancel")).get(0).text()).isEqualTo(msg(Language.EN, "chat.cancel.nothing"));
    List<Action> forget = chat.command(sender, "forget");

    assertThat(sends(chat.command(sender, "cancel")).get(0).text()).isEqualTo(msg(Language.EN, "chat.cancel.done"));
    List<Action> late = chat.press(sender, forget, msg(Language.EN, "chat.button.forget"));
    assertThat(ChatHarness.pressAnswer(late).notice()).contains(msg(Language.EN, "chat.stale"));
    assertThat(chat.profiles.rows).containsKey(1L);
    assertThat(chat.log.forgotten).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void botCommands_describeEveryCommandInEachLanguage(Language language) {
    assertThat(BotCommands.descriptions(ChatHarness.MESSAGES, language)).containsOnlyKeys(BotCommands.NAMES)
        .allSatisfy((name, description) -> assertThat(description).isNotBlank().doesNotContain("/"));
  }
}
