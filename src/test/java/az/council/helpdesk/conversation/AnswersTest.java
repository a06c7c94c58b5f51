package az.council.helpdesk.conversation;

import static az.council.helpdesk.conversation.ChatHarness.buttons;
import static az.council.helpdesk.conversation.ChatHarness.handOffs;
import static az.council.helpdesk.conversation.ChatHarness.labels;
import static az.council.helpdesk.conversation.ChatHarness.msg;
import static az.council.helpdesk.conversation.ChatHarness.pressAnswer;
import static az.council.helpdesk.conversation.ChatHarness.sends;
import static az.council.helpdesk.conversation.ChatHarness.user;
import static az.council.helpdesk.conversation.TestCatalog.answer;
import static az.council.helpdesk.conversation.TestCatalog.question;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Inquiry;
import az.council.helpdesk.triage.Urgency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AnswersTest {
  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @EnumSource(Language.class)
  void question_confident_answersAtOnceWithFeedbackSeeAlsoAndMember(Language language) {
    String q = chat.triage.answer("how to register " + language, language, "reg-how");

    List<Action> actions = chat.text(user(1, language), q);

    Action.Send answer = sends(actions).get(0);
    assertThat(answer.text()).isEqualTo(answer("reg-how", language));
    assertThat(labels(answer.keyboard())).containsExactly(
        msg(language, "chat.button.helpful"), msg(language, "chat.button.unhelpful"),
        msg(language, "chat.button.seeAlso", question("reg-fine", language)),
        msg(language, "chat.button.seeAlso", question("reg-who", language)),
        msg(language, "chat.button.seeAlso", question("work-1", language)),
        msg(language, "chat.button.member"));
    Inquiry logged = chat.log.inquiries.get(0);
    assertThat(chat.log.inquiries).singleElement().usingRecursiveComparison().ignoringFields("origin")
        .isEqualTo(new Inquiry(chat.clock.instant(), 1, language, Optional.of(Topic.REGISTRATION),
            Optional.of("reg-how"), true, false, Inquiry.Source.BOT));
    assertThat(logged.origin()).as("the message it answers, so a replay is not counted twice")
        .hasValueSatisfying(origin -> assertThat(origin).startsWith("message:1:"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void feedback_isStoredForTheUsersOwnInquiry(Language language) {
    Sender sender = user(1, language);
    List<Action> answer = chat.text(sender, chat.triage.answer("q " + language, language, "reg-how"));

    List<Action> helpful = chat.press(sender, answer, msg(language, "chat.button.helpful"));

    assertThat(pressAnswer(helpful).notice()).contains(msg(language, "chat.rated.helpful"));
    assertThat(chat.log.ratings).containsEntry(1001L, true);
    List<Action> unhelpful = chat.press(sender, answer, msg(language, "chat.button.unhelpful"));
    assertThat(pressAnswer(unhelpful).notice()).contains(msg(language, "chat.rated.unhelpful"));
    assertThat(chat.log.ratings).containsEntry(1001L, false);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void notSure_offersUpToThreeSuggestionsAndAMember_andAPickAnswersTheSameInquiry(Language language) {
    Sender sender = user(1, language);
    String q = chat.triage.suggest("vague " + language, language, "reg-fine", "work-3", "reg-who");

    List<Action> actions = chat.text(sender, q);

    Action.Send offer = sends(actions).get(0);
    assertThat(offer.text()).startsWith(msg(language, "triage.notSure")).contains(question("work-3", language));
    assertThat(labels(offer.keyboard())).containsExactly("1. " + question("reg-fine", language),
        "2. " + question("work-3", language), "3. " + question("reg-who", language), msg(language, "chat.button.member"));
    assertThat(chat.log.last().confident()).isFalse();
    assertThat(chat.log.last().entryId()).contains("reg-fine");

    List<Action> picked = chat.press(sender, actions, "2. " + question("work-3", language));

    assertThat(pressAnswer(picked).notice()).isEmpty();
    Action.Send answer = sends(picked).get(0);
    assertThat(answer.text()).isEqualTo(answer("work-3", language));
    assertThat(ChatHarness.data(picked, msg(language, "chat.button.helpful"))).isEqualTo("r:1001:1");
    assertThat(chat.log.inquiries).as("one question, one inquiry").hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void outOfScope_politeMessageWithTopicsAndMember(Language language) {
    List<Action> actions = chat.text(user(1, language), chat.triage.outOfScope("plov " + language, language));

    Action.Send reply = sends(actions).get(0);
    assertThat(reply.text()).isEqualTo(msg(language, "triage.outOfScope"));
    assertThat(labels(reply.keyboard())).hasSize(Topic.values().length + 1)
        .contains(msg(language, "topic.asylum"), msg(language, "chat.button.member"));
    assertThat(chat.log.last().topic()).isEmpty();
    assertThat(chat.log.last().entryId()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void urgent_emergencyContactsAtOnce_handOffWithUrgency_relatedEntries_loggedEscalated(Language language) {
    Sender sender = user(7, language);
    chat.text(sender, chat.triage.outOfScope("earlier " + language, language));
    String q = chat.triage.urgent("detained " + language, language, Urgency.DETENTION, "reg-who");

    List<Action> actions = chat.text(sender, q);

    Action.Send notice = sends(actions).get(0);
    assertThat(notice.text()).startsWith(msg(language, "triage.urgent")).contains("102");
    assertThat(labels(notice.keyboard())).containsExactly(question("reg-who", language));
    assertThat(handOffs(actions)).singleElement().isEqualTo(new Action.HandOff(7, 7, language,
        Action.HandOff.Reason.URGENT, Optional.of(Urgency.DETENTION), List.of("earlier " + language, q)));
    assertThat(chat.log.last().escalated()).isTrue();
    assertThat(sends(actions)).as("no citizenship question for a person in danger").hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void talkToMember_buttonAndCommand_handOffAsAskedWithAnAcknowledgement(Language language) {
    Sender sender = user(1, language);
    List<Action> answer = chat.text(sender, chat.triage.answer("q " + language, language, "reg-how"));

    List<Action> pressed = chat.press(sender, answer, msg(language, "chat.button.member"));
    List<Action> command = chat.command(sender, "human");

    for (List<Action> actions : List.of(pressed, command)) {
      assertThat(handOffs(actions)).singleElement().satisfies(h -> {
        assertThat(h.reason()).isEqualTo(Action.HandOff.Reason.USER_ASKED);
        assertThat(h.urgency()).isEmpty();
        assertThat(h.recentQuestions()).containsExactly("q " + language);
        assertThat(h.language()).isEqualTo(language);
      });
      assertThat(sends(actions)).extracting(Action.Send::text).contains(msg(language, "chat.handoff.ack"));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void twoUnhelpfulAnswersInARow_offerAMember_handOffOnlyWhenAccepted(Language language) {
    Sender sender = user(1, language);
    chat.log.citizenship(1, "UA");
    List<Action> first = chat.text(sender, chat.triage.answer("first " + language, language, "reg-how"));
    List<Action> second = chat.text(sender, chat.triage.answer("second " + language, language, "reg-fine"));

    assertThat(sends(chat.press(sender, first, msg(language, "chat.button.unhelpful")))).isEmpty();
    List<Action> offered = chat.press(sender, second, msg(language, "chat.button.unhelpful"));

    assertThat(sends(offered)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(msg(language, "chat.offer.ask")));
    assertThat(handOffs(offered)).isEmpty();
    List<Action> accepted = chat.press(sender, offered, msg(language, "chat.button.offerYes"));
    assertThat(handOffs(accepted)).singleElement().extracting(Action.HandOff::reason)
        .isEqualTo(Action.HandOff.Reason.UNHELPFUL_ANSWERS);
    List<Action> again = chat.press(sender, offered, msg(language, "chat.button.offerYes"));
    assertThat(handOffs(again)).as("the offer is used up").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void declinedOffer_noHandOff_andAHelpfulAnswerResetsTheCount(Language language) {
    Sender sender = user(1, language);
    chat.log.citizenship(1, "UA");
    List<List<Action>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(chat.text(sender, chat.triage.answer("q" + i + language, language, "reg-how")));
    }
    chat.press(sender, answers.get(0), msg(language, "chat.button.unhelpful"));
    chat.press(sender, answers.get(1), msg(language, "chat.button.helpful"));
    assertThat(sends(chat.press(sender, answers.get(2), msg(language, "chat.button.unhelpful")))).isEmpty();
    List<Action> offered = chat.press(sender, answers.get(3), msg(language, "chat.button.unhelpful"));

    List<Action> declined = chat.press(sender, offered, msg(language, "chat.button.offerNo"));

    assertThat(handOffs(declined)).isEmpty();
    assertThat(ChatHarness.edits(declined)).singleElement().extracting(Action.Edit::text)
        .isEqualTo(msg(language, "chat.offer.declined"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void seeAlso_sendsThatEntryAsANewRatedAnswer(Language language) {
    Sender sender = user(1, language);
    List<Action> answer = chat.text(sender, chat.triage.answer("q " + language, language, "reg-how"));

    List<Action> also = chat.press(sender, answer, msg(language, "chat.button.seeAlso", question("reg-fine", language)));

    assertThat(sends(also).get(0).text()).isEqualTo(answer("reg-fine", language));
    assertThat(buttons(sends(also).get(0).keyboard())).extracting(Keyboard.Button::data).contains("r:1002:1", "a:reg-how");
    assertThat(chat.log.inquiries).hasSize(2);
  }
}
