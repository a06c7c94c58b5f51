package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.QuestionText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Very long messages are answered from their start, and the reply says so. */
final class LongTextTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Language.class)
  void aTwelveThousandCharacterMessage_isAnswered_andTheReplySaysOnlyTheStartWasRead(Language language) {
    String huge = "Please help with registration. " + "x".repeat(12_000);
    chat.triage.answer(huge, language, "reg-how");

    List<Action> actions = chat.text(user(1, language), huge);

    assertThat(sends(actions).get(0).text()).isEqualTo(msg(language, "chat.longText", QuestionText.SEARCH_CHARS));
    assertThat(sends(actions).get(1).text()).isEqualTo(TestCatalog.answer("reg-how", language));
  }

  @Test
  void anOrdinaryQuestion_hasNoSuchNote() {
    List<Action> actions = chat.text(user(1, Language.EN), chat.triage.answer("How do I register?", Language.EN, "reg-how"));

    assertThat(sends(actions)).noneMatch(s -> s.text().equals(msg(Language.EN, "chat.longText", QuestionText.SEARCH_CHARS)));
  }

  @Test
  void aMemberGetsATrimmedCopyOfAHugeQuestion() {
    Sender sender = user(1, Language.EN);
    chat.text(sender, "y".repeat(50_000));

    String kept = ChatHarness.handOffs(chat.command(sender, "human")).get(0).recentQuestions().get(0);

    assertThat(kept).hasSize(Session.QUESTION_CHARS + 1).endsWith("…");
  }

  @Test
  void textSplitter_keepsLongAnswersWithinTelegramsLimit() {
    String answer = TestCatalog.build().byId("long-answer").orElseThrow().in(Language.EN).answer();

    assertThat(TextSplitter.split(answer)).hasSizeGreaterThan(1)
        .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(TextSplitter.TELEGRAM_LIMIT));
  }
}
