package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import static az.council.helpdesk.cases.DeskFixture.STAFF_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.cases.FakeTelegram.Message;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A whole case, in a forum group (a topic per case) and in a group without topics (reply threads). */
final class CaseLifeTest {
  static final long USER = 5001;
  static final Staffer LEYLA = new Staffer(21, "Leyla", Optional.of("leyla_m"));

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StaffMode.class)
  void aCaseGoesFromHandOffThroughRelayToClosingAndRating(StaffMode mode) {
    try (DeskFixture f = new DeskFixture(dir, mode)) {
      f.enrol(LEYLA, "labour-migration", "ru az");
      f.inquiries.citizenship(USER, "UA");

      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(),
          "разрешение на работу делает работодатель или я сам иду?");

      Case c = f.caseOf(USER);
      assertThat(c.topic()).contains(Topic.WORK_PERMIT);
      assertThat(c.groupId()).isEqualTo("labour-migration");
      assertThat(c.citizenship()).contains("UA");
      assertThat(f.telegram.in(USER).get(0).text())
          .contains("№" + c.id(), "Член Совета ответит вам здесь", "понедельник–пятница", "09:00–18:00", "UTC+4",
              "/cancel");
      Message summary = f.telegram.message(STAFF_CHAT, c.anchorId().orElseThrow());
      if (mode == StaffMode.FORUM) {
        int topic = c.threadId().orElseThrow();
        assertThat(f.telegram.topics).containsEntry(topic, "#" + c.id() + " · work-permit · ru · UA");
        assertThat(summary.threadId()).contains(topic);
      } else {
        assertThat(c.threadId()).isEmpty();
        assertThat(summary.threadId()).isEmpty();
        assertThat(summary.replyTo()).isEmpty();
      }
      assertThat(summary.text()).contains("Case #" + c.id(), "Ukraine", "work-permit", "Labour migration",
          "разрешение на работу делает работодатель", "the user asked for a person");
      assertThat(summary.hasButton(CaseButtons.claim(c.id()))).isTrue();
      assertThat(summary.hasButton(CaseButtons.close(c.id()))).isTrue();
      assertThat(summary.hasButton(CaseButtons.transfer(c.id()))).isTrue();
      assertThat(summary.mentions()).singleElement().satisfies(m -> {
        assertThat(m.userId()).isEqualTo(LEYLA.userId());
        assertThat(summary.text().substring(m.offset(), m.offset() + m.length())).isEqualTo("Leyla");
      });

      Placement thread = f.thread(c);
      int question = f.userText(USER, "У меня разрешение истекает через неделю");
      int passport = f.userPhoto(USER, "мой паспорт");
      Message questionCopy = copyOf(f, USER, question);
      Message passportCopy = copyOf(f, USER, passport);
      for (Message copy : List.of(questionCopy, passportCopy)) {
        assertThat(copy.threadId()).isEqualTo(thread.threadId());
        assertThat(copy.replyTo()).isEqualTo(mode == StaffMode.FORUM ? Optional.empty() : c.anchorId());
      }

      f.command(LEYLA, thread, "claim", "");
      assertThat(f.find(c.id()).claimedBy()).contains(LEYLA.userId());
      assertThat(f.telegram.last(USER).text()).contains("Член Совета взял ваше обращение №" + c.id());
      assertThat(f.telegram.message(STAFF_CHAT, summary.id()).text()).contains("Status: taken by Leyla");

      int hello = f.staffText(LEYLA, thread, "Здравствуйте! Подайте заявление через портал.");
      assertThat(f.telegram.last(USER).text()).isEqualTo("👤 Член Совета:\nЗдравствуйте! Подайте заявление через портал.");
      int sample = f.staffMedia(LEYLA, thread, Event.Media.Kind.PHOTO, Optional.of("образец заявления"));
      Message photoAtUser = f.telegram.last(USER);
      assertThat(photoAtUser.copiedFromChat()).contains(STAFF_CHAT);
      assertThat(photoAtUser.copyOf()).contains(sample);
      assertThat(photoAtUser.text()).isEqualTo("👤 Член Совета: образец заявления");

      f.staffEdit(LEYLA, thread, hello, "Здравствуйте! Подайте заявление через портал e-migration.");
      assertThat(f.telegram.in(USER)).anyMatch(m -> m.text().endsWith("через портал e-migration."));

      int seenByUser = f.telegram.count(USER);
      f.staffText(LEYLA, thread, "// проверить квоту на этого работодателя");
      f.command(LEYLA, thread, "note", "позвонить в ДМС");
      assertThat(f.telegram.count(USER)).isEqualTo(seenByUser);

      f.command(LEYLA, thread, "faq", "wp-fees");
      FaqEntry fees = DeskFixture.CATALOG.byId("wp-fees").orElseThrow();
      assertThat(f.telegram.last(USER).text()).contains(fees.in(Language.RU).question(), fees.in(Language.RU).answer());
      assertThat(f.telegram.last(STAFF_CHAT).text()).contains("wp-fees", fees.in(Language.RU).answer());
      assertThat(f.telegram.last(STAFF_CHAT).threadId()).isEqualTo(thread.threadId());

      f.userEdit(USER, question, "У меня разрешение истекает через три дня");
      Message edited = f.telegram.last(STAFF_CHAT);
      assertThat(edited.text()).contains("The user edited this message", "через три дня");
      assertThat(edited.replyTo()).contains(questionCopy.id());

      f.command(LEYLA, thread, "close", "resolved подала заявление");
      Case closed = f.find(c.id());
      assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(closed.outcome()).contains(Outcome.RESOLVED);
      if (mode == StaffMode.FORUM) {
        assertThat(f.telegram.closedTopics).containsExactly(c.threadId().orElseThrow());
      }
      assertThat(f.telegram.message(STAFF_CHAT, summary.id()).keyboard().isEmpty()).isTrue();
      Message goodbye = f.telegram.last(USER);
      assertThat(goodbye.text()).contains("№" + c.id() + " закрыто", "Мы помогли?");
      assertThat(goodbye.hasButton(CaseButtons.rate(c.id(), true))).isTrue();
      assertThat(f.outcomes.finished).singleElement().satisfies(r -> {
        assertThat(r.outcome()).contains(Outcome.RESOLVED);
        assertThat(r.citizenship()).contains("UA");
        assertThat(r.topic()).contains(Topic.WORK_PERMIT);
        assertThat(r.firstReplyAt()).isPresent();
      });

      f.userPress(USER, goodbye.id(), CaseButtons.rate(c.id(), true));
      assertThat(f.outcomes.ratings).containsExactly(new RecordingOutcomes.Rating(c.id(), USER, true));
      assertThat(f.telegram.message(USER, goodbye.id()).text()).contains("Спасибо");
      assertThat(f.telegram.message(USER, goodbye.id()).keyboard().isEmpty()).isTrue();
      assertThat(f.telegram.last(STAFF_CHAT).text()).contains("The user says we helped");
    }
  }

  @ParameterizedTest
  @EnumSource(StaffMode.class)
  void aMemberReplyingToTheUsersCopiedMessageReachesTheUser(StaffMode mode) {
    try (DeskFixture f = new DeskFixture(dir, mode)) {
      f.enrol(LEYLA, "labour-migration", "ru");
      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(),
          "разрешение на работу делает работодатель или я сам иду?");
      Case c = f.caseOf(USER);
      Message copy = copyOf(f, USER, f.userText(USER, "Помогите, пожалуйста"));

      f.staffText(LEYLA, new Placement(f.thread(c).threadId(), Optional.of(copy.id())), "Конечно, слушаю вас.");

      assertThat(f.telegram.last(USER).text()).isEqualTo("👤 Член Совета:\nКонечно, слушаю вас.");
      assertThat(f.find(c.id()).claimedBy()).as("answering an unclaimed case claims it").contains(LEYLA.userId());
    }
  }

  @ParameterizedTest
  @EnumSource(StaffMode.class)
  void anUrgentHandOffGoesToItsGroupMarkedUrgent(StaffMode mode) {
    try (DeskFixture f = new DeskFixture(dir, mode)) {
      Staffer psychologist = new Staffer(31, "Nigar", Optional.empty());
      f.enrol(psychologist, "psychological-support", "az en");
      f.handOff(USER, Language.EN, HandOff.Reason.URGENT, Optional.of(az.council.helpdesk.triage.Urgency.SELF_HARM),
          "I don't want to live anymore");

      Case c = f.caseOf(USER);
      assertThat(c.groupId()).isEqualTo("psychological-support");
      assertThat(f.telegram.in(USER).get(0).text()).contains("urgent");
      Message summary = f.telegram.message(STAFF_CHAT, c.anchorId().orElseThrow());
      assertThat(summary.text()).startsWith("🔴 URGENT").contains("risk of self-harm");
      assertThat(summary.mentions()).extracting(Mention::userId).containsExactly(psychologist.userId());
      if (mode == StaffMode.FORUM) {
        assertThat(f.telegram.performed).anySatisfy(a -> assertThat(a)
            .isInstanceOfSatisfying(StaffAction.CreateTopic.class, t -> assertThat(t.iconColor())
                .isEqualTo(StaffAction.CreateTopic.RED)));
      }
    }
  }

  static Message copyOf(DeskFixture f, long fromChat, int messageId) {
    return f.telegram.in(STAFF_CHAT).stream()
        .filter(m -> m.copiedFromChat().equals(Optional.of(fromChat)) && m.copyOf().equals(Optional.of(messageId)))
        .findFirst().orElseThrow(() -> new AssertionError("message " + messageId + " was not copied to the staff"));
  }
}
