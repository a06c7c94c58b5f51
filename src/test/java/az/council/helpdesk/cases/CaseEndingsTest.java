package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import static az.council.helpdesk.cases.DeskFixture.STAFF_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.cases.FakeTelegram.Message;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling, repeated hand-offs, new cases after the end, transfers, topic corrections and the buttons. */
final class CaseEndingsTest {
  static final long USER = 9001;
  static final Staffer LEYLA = new Staffer(21, "Leyla", Optional.of("leyla_m"));
  static final Staffer ZAMINA = new Staffer(24, "Zəminə", Optional.of("zamina_s"));
  static final Staffer NIGAR = new Staffer(25, "Nigar", Optional.empty());

  @TempDir Path dir;

  @Test
  void theUsersCancel_endsTheCase_closesItsTopic_andTheNextProblemOpensANewCase() {
    try (DeskFixture f = fixture()) {
      Case first = handOff(f, "нужна помощь с разрешением на работу");

      assertThat(f.userCommand(USER, "cancel")).isTrue();

      assertThat(f.find(first.id()).status()).isEqualTo(CaseStatus.CANCELLED);
      assertThat(f.telegram.last(USER).text()).contains("№" + first.id() + " отменено");
      assertThat(f.telegram.closedTopics).containsExactly(first.threadId().orElseThrow());
      assertThat(f.telegram.in(STAFF_CHAT)).anyMatch(m -> m.text().equals("The user cancelled the case.")
          && m.threadId().equals(first.threadId()));
      assertThat(f.outcomes.finished).singleElement().satisfies(r -> {
        assertThat(r.status()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(r.outcome()).isEmpty();
      });

      assertThat(f.userText(USER, "спасибо")).as("back with the conversation").isEqualTo(-1);
      assertThat(f.userCommand(USER, "cancel")).as("nothing to cancel: the conversation answers").isFalse();

      Case second = handOff(f, "у меня новый вопрос про убежище");
      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(second.threadId()).isPresent().isNotEqualTo(first.threadId());
      assertThat(f.telegram.closedTopics).doesNotContain(second.threadId().orElseThrow());
    }
  }

  @Test
  void afterAMemberClosedTheCase_aNewHandOffOpensANewCase() {
    try (DeskFixture f = fixture()) {
      Case first = handOff(f, "нужна помощь с разрешением на работу");
      f.command(LEYLA, f.thread(first), "close", "no-response");

      Case second = handOff(f, "ещё вопрос");

      assertThat(second.id()).isEqualTo(first.id() + 1);
      assertThat(f.telegram.in(USER).stream().filter(m -> m.text().contains("передано в Общественный совет")))
          .hasSize(2);
    }
  }

  @Test
  void aSecondHandOffWhileOpen_joinsTheSameCase_andTellsTheMembersWhatIsNew() {
    try (DeskFixture f = fixture()) {
      Case c = handOff(f, "нужна помощь с разрешением на работу");

      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), "нужна помощь с разрешением на работу",
          "работодатель забрал мой паспорт");

      assertThat(f.caseOf(USER).id()).isEqualTo(c.id());
      assertThat(f.telegram.last(USER).text()).contains("№" + c.id() + " ещё открыто");
      Message note = f.telegram.last(STAFF_CHAT);
      assertThat(note.threadId()).isEqualTo(c.threadId());
      assertThat(note.text()).contains("asked for a person again", "работодатель забрал мой паспорт")
          .doesNotContain("нужна помощь");
      assertThat(f.storage.cases().questions(c.id())).hasSize(2);
    }
  }

  @Test
  void theButtons_transferToAnotherGroup_thenCloseWithAnOutcome() {
    try (DeskFixture f = fixture()) {
      f.enrol(ZAMINA, "asylum-seekers", "az ru");
      Case c = handOff(f, "нужна помощь с разрешением на работу");
      int summary = c.anchorId().orElseThrow();

      f.press(LEYLA, f.thread(c), summary, CaseButtons.transfer(c.id()));
      Message chooser = f.telegram.last(STAFF_CHAT);
      assertThat(chooser.hasButton(CaseButtons.moveTo(c.id(), "asylum-seekers"))).isTrue();
      f.press(LEYLA, f.thread(c), chooser.id(), CaseButtons.moveTo(c.id(), "asylum-seekers"));

      assertThat(f.find(c.id()).groupId()).isEqualTo("asylum-seekers");
      assertThat(f.telegram.message(STAFF_CHAT, chooser.id()).text()).isEqualTo("Chosen: Asylum seekers");
      assertThat(f.telegram.message(STAFF_CHAT, chooser.id()).keyboard().isEmpty()).isTrue();
      Message moved = f.telegram.last(STAFF_CHAT);
      assertThat(moved.text()).contains("Leyla moved the case to the working group «Asylum seekers»");
      assertThat(moved.mentions()).extracting(Mention::userId).containsExactly(ZAMINA.userId());

      f.press(ZAMINA, f.thread(c), summary, CaseButtons.close(c.id()));
      Message outcomes = f.telegram.last(STAFF_CHAT);
      f.press(ZAMINA, f.thread(c), outcomes.id(), CaseButtons.closeWith(c.id(), Outcome.REFERRED));

      assertThat(f.find(c.id()).outcome()).contains(Outcome.REFERRED);
      assertThat(f.telegram.answered).hasSize(4).allSatisfy(a -> assertThat(a.notice()).isEmpty());
      assertThat(f.telegram.last(USER).hasButton(CaseButtons.rate(c.id(), false))).isTrue();
    }
  }

  @Test
  void transferToAMember_assignsTheCaseAndTellsThem() {
    try (DeskFixture f = fixture()) {
      f.enrol(ZAMINA, "asylum-seekers", "az ru");
      Case c = handOff(f, "нужна помощь с разрешением на работу");
      f.command(LEYLA, f.thread(c), "claim", "");

      f.command(LEYLA, f.thread(c), "transfer", "@zamina_s");

      assertThat(f.find(c.id()).claimedBy()).contains(ZAMINA.userId());
      Message handed = f.telegram.last(STAFF_CHAT);
      assertThat(handed.text()).isEqualTo("Leyla handed the case to Zəminə.");
      assertThat(handed.mentions()).singleElement().satisfies(m -> {
        assertThat(m.userId()).isEqualTo(ZAMINA.userId());
        assertThat(handed.text().substring(m.offset(), m.offset() + m.length())).isEqualTo("Zəminə");
      });
      assertThat(f.telegram.notified).extracting(StaffAction.NotifyMember::memberId).containsExactly(ZAMINA.userId());
    }
  }

  @Test
  void topicCorrection_goesToTheStatistics_andRenamesTheForumTopic() {
    try (DeskFixture f = fixture()) {
      Case c = handOff(f, "нужна помощь с разрешением на работу");

      f.command(LEYLA, f.thread(c), "topic", "asylum");
      f.command(LEYLA, f.thread(c), "topic", "nonsense");

      assertThat(f.outcomes.corrections).containsExactly(new RecordingOutcomes.Correction(c.id(), USER, Topic.ASYLUM));
      assertThat(f.find(c.id()).topic()).contains(Topic.ASYLUM);
      assertThat(f.telegram.topics.get(c.threadId().orElseThrow())).contains("· asylum ·");
      assertThat(f.telegram.last(STAFF_CHAT).text()).startsWith("Use /topic <id>, one of: registration,");
    }
  }

  @Test
  void faqByWords_offersTheBestEntries_andOneTapSendsTheChosenOne() {
    try (DeskFixture f = fixture()) {
      Case c = handOff(f, "нужна помощь с разрешением на работу");
      int atUser = f.telegram.count(USER);

      f.command(LEYLA, f.thread(c), "faq", "work permit fees");

      Message offer = f.telegram.last(STAFF_CHAT);
      assertThat(offer.text()).startsWith("Which entry should the user get?");
      assertThat(f.telegram.count(USER)).as("nothing sent before the member chose").isEqualTo(atUser);
      assertThat(offer.hasButton(CaseButtons.sendFaq(c.id(), "wp-fees"))).isTrue();

      f.press(LEYLA, f.thread(c), offer.id(), CaseButtons.sendFaq(c.id(), "wp-fees"));

      assertThat(f.telegram.last(USER).text())
          .contains(DeskFixture.CATALOG.byId("wp-fees").orElseThrow().in(Language.RU).answer());
      assertThat(f.telegram.message(STAFF_CHAT, offer.id()).keyboard().isEmpty()).isTrue();
      assertThat(f.find(c.id()).claimedBy()).contains(LEYLA.userId());
    }
  }

  @Test
  void aUrgentMessageDuringTheCase_raisesItsUrgency_andGivesTheUserTheEmergencyNumbers() {
    try (DeskFixture f = fixture()) {
      f.enrol(NIGAR, "psychological-support", "ru");
      Case c = handOff(f, "нужна помощь с разрешением на работу");
      assertThat(c.urgent()).isFalse();

      f.userText(USER, "работодатель меня бьёт и угрожает");

      assertThat(f.find(c.id()).urgent()).isTrue();
      assertThat(f.telegram.last(USER).text()).contains("112");
      Message flagged = f.telegram.last(STAFF_CHAT);
      assertThat(flagged.text()).startsWith("⚠️ Flagged urgent: violence")
          .contains("Working group «Psychological support for migrants»");
      assertThat(f.find(c.id()).groupId()).isEqualTo("psychological-support");
      assertThat(flagged.mentions()).extracting(Mention::userId).containsExactly(NIGAR.userId());
    }
  }

  @Test
  void whenTheForumTopicCannotBeCreated_theCaseFallsBackToAReplyThread() {
    try (DeskFixture f = new DeskFixture(dir, StaffMode.FORUM, DeskFixture.TUESDAY_10, Language.EN, false)) {
      f.enrol(LEYLA, "labour-migration", "ru");
      Case c = handOff(f, "нужна помощь с разрешением на работу");
      int question = f.userText(USER, "вы здесь?");

      assertThat(c.threadId()).isEmpty();
      Message summary = f.telegram.message(STAFF_CHAT, c.anchorId().orElseThrow());
      assertThat(summary.threadId()).isEmpty();
      assertThat(CaseLifeTest.copyOf(f, USER, question).replyTo()).contains(summary.id());

      f.staffText(LEYLA, Placement.replyTo(summary.id()), "Да, я здесь.");
      assertThat(f.telegram.last(USER).text()).endsWith("Да, я здесь.");
    }
  }

  @Test
  void aMemberMessageTheUserNeverGot_isReportedInTheThread() {
    try (DeskFixture f = fixture()) {
      Case c = handOff(f, "нужна помощь с разрешением на работу");

      f.telegram.perform(f.desk.undelivered(new Receipt(c.id(), Receipt.Kind.MEMBER_MESSAGE, 77),
          "Forbidden: bot was blocked by the user"));

      Message warning = f.telegram.last(STAFF_CHAT);
      assertThat(warning.text()).isEqualTo("⚠️ Not delivered to the user: Forbidden: bot was blocked by the user");
      assertThat(warning.threadId()).isEqualTo(c.threadId());
    }
  }

  private DeskFixture fixture() {
    DeskFixture f = new DeskFixture(dir, StaffMode.FORUM);
    f.enrol(LEYLA, "labour-migration", "ru az");
    return f;
  }

  private static Case handOff(DeskFixture f, String question) {
    f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), question);
    return f.caseOf(USER);
  }
}
