package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static az.council.helpdesk.conversation.TestCatalog.METACHARACTERS;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything goes out as plain text: Markdown and HTML metacharacters in FAQ text and in what users type
 * arrive exactly as written, never escaped twice, never interpreted.
 */
final class PlainTextTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Language.class)
  void faqTextWithMetacharacters_arrivesUnchanged_inAnswersAndMenus(Language language) {
    Sender sender = user(1, language);
    chat.log.citizenship(1, "UA");

    List<Action> answer = chat.text(sender, chat.triage.answer("odd", language, "odd-chars"));
    assertThat(sends(answer).get(0).text()).isEqualTo("Answer " + language.tag() + ": " + METACHARACTERS);

    List<Action> menu = chat.press(sender, 3, "t:daily-life:0");
    assertThat(labels(ChatHarness.edits(menu).get(0).keyboard()))
        .contains(Menus.label("Odd " + language.tag() + " " + METACHARACTERS));

    List<Action> suggestions = chat.text(sender, chat.triage.suggest("odd?", language, "odd-chars"));
    assertThat(sends(suggestions).get(0).text()).contains("Odd " + language.tag() + " " + METACHARACTERS);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void userInputWithMetacharacters_isQuotedBackUnchanged(Language language) {
    Sender sender = user(1, language);
    chat.text(sender, chat.triage.answer("q", language, "reg-how"));
    chat.press(sender, 3, "c:other");
    String typed = "<b>*Zz_[x]</b> & {0} '";

    List<Action> reply = chat.text(sender, typed);

    assertThat(sends(reply).get(0).text()).isEqualTo(msg(language, "chat.citizenship.notFound", typed))
        .contains(typed);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aCommandNameWithMetacharacters_isQuotedBackUnchanged(Language language) {
    String name = "a_b*c[d]`e<f>&{1}";

    String text = sends(chat.command(user(1, language), name)).get(0).text();

    assertThat(text).contains("/" + name);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aQuestionWithMetacharacters_reachesTheTriageAndTheMemberUnchanged(Language language) {
    Sender sender = user(1, language);
    String question = "Help _me_ *now* [link](x) `code` <i>&amp;";
    chat.text(sender, question);

    List<Action> handOff = chat.command(sender, "human");

    assertThat(chat.triage.seen).contains(question);
    assertThat(ChatHarness.handOffs(handOff).get(0).recentQuestions()).containsExactly(question);
  }
}
