package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.edits;
import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.pressAnswer;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static az.council.helpdesk.conversation.TestCatalog.question;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Topic menu → a topic's questions → an answer and back again, all by editing the one menu message. */
final class TopicMenuTest {
  private static final int MENU = 40;
  private final ChatHarness chat = new ChatHarness();

  private Action.Edit onlyEdit(List<Action> actions) {
    assertThat(sends(actions)).as("navigation never sends new messages").isEmpty();
    assertThat(edits(actions)).singleElement().satisfies(e -> assertThat(e.messageId()).isEqualTo(MENU));
    return edits(actions).get(0);
  }

  private List<Action> press(Sender sender, List<Action> shown, String label) {
    return chat.press(sender, MENU, ChatHarness.data(shown, label));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void topicToQuestionsToAnswerAndBack_editsTheSameMessage(Language language) {
    Sender sender = user(1, language);
    chat.log.citizenship(1, "GE");
    List<Action> menu = chat.command(sender, "topics");

    List<Action> page1 = press(sender, menu, msg(language, "topic.work-permit"));
    Action.Edit list = onlyEdit(page1);
    assertThat(list.text()).isEqualTo(msg(language, "chat.topic.titlePaged", msg(language, "topic.work-permit"), 1, 2));
    assertThat(labels(list.keyboard())).containsExactlyElementsOf(concat(
        IntStream.rangeClosed(1, 6).mapToObj(i -> question("work-" + i, language)).toList(),
        List.of(msg(language, "chat.button.next"), msg(language, "chat.button.allTopics"))));

    List<Action> page2 = press(sender, page1, msg(language, "chat.button.next"));
    assertThat(labels(onlyEdit(page2).keyboard())).containsExactly(question("work-7", language),
        question("work-8", language), msg(language, "chat.button.previous"), msg(language, "chat.button.allTopics"));

    List<Action> answer = press(sender, page2, question("work-8", language));
    Action.Edit shown = onlyEdit(answer);
    assertThat(shown.text()).isEqualTo(TestCatalog.answer("work-8", language));
    assertThat(labels(shown.keyboard())).contains(msg(language, "chat.button.helpful"), msg(language, "chat.button.member"),
        msg(language, "chat.button.back"));
    assertThat(chat.log.last().entryId()).contains("work-8");
    assertThat(chat.log.last().confident()).isTrue();

    List<Action> back = press(sender, answer, msg(language, "chat.button.back"));
    assertThat(onlyEdit(back).text()).isEqualTo(msg(language, "chat.topic.titlePaged", msg(language, "topic.work-permit"), 2, 2));

    List<Action> topics = press(sender, back, msg(language, "chat.button.allTopics"));
    assertThat(onlyEdit(topics).text()).isEqualTo(msg(language, "chat.topics.title"));
    assertThat(labels(edits(topics).get(0).keyboard())).hasSize(Topic.values().length);
  }

  @Test
  void aSmallTopic_hasOnePageWithoutPaging() {
    Sender sender = user(1, Language.EN);
    List<Action> page = chat.press(sender, MENU, "t:registration:0");

    Action.Edit list = onlyEdit(page);
    assertThat(list.text()).isEqualTo(msg(Language.EN, "chat.topic.title", "Registration"));
    assertThat(labels(list.keyboard())).containsExactly(question("reg-how", Language.EN), question("reg-fine", Language.EN),
        question("reg-who", Language.EN), "☰ All topics");
  }

  @Test
  void anEmptyTopic_saysSo() {
    Action.Edit list = onlyEdit(chat.press(user(1, Language.EN), MENU, "t:asylum:0"));

    assertThat(list.text()).isEqualTo(msg(Language.EN, "chat.topic.empty", "Asylum and refugees"));
  }

  @Test
  void anAnswerTooLongForOneMessage_isSentRatherThanEdited() {
    Sender sender = user(1, Language.EN);

    List<Action> actions = chat.press(sender, MENU, "m:long-answer");

    assertThat(edits(actions)).isEmpty();
    assertThat(sends(actions).get(0).text()).hasSizeGreaterThan(TextSplitter.TELEGRAM_LIMIT);
    assertThat(pressAnswer(actions).notice()).isEqualTo(Optional.empty());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
