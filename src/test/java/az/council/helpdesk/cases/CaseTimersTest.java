package az.council.helpdesk.cases;

import static az.council.helpdesk.cases.DeskFixture.STAFF_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.cases.FakeTelegram.Message;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-announcements, claim release and reminders, on a fake clock (defaults: 30 min, urgent 5 min, 60, 60). */
final class CaseTimersTest {
  static final long USER = 6001;
  static final Staffer LEYLA = new Staffer(21, "Leyla", Optional.empty());
  static final Staffer ELCHIN = new Staffer(22, "Elçin", Optional.empty());
  static final Staffer MURAD = new Staffer(23, "Murad", Optional.empty());
  static final String QUESTION = "разрешение на работу делает работодатель или я сам иду?";
  /** Friday 17:50 and Saturday 23:00 in Baku (UTC+4). */
  static final Instant FRIDAY_1750 = Instant.parse("2026-03-06T13:50:00Z");
  static final Instant SATURDAY_23 = Instant.parse("2026-03-07T19:00:00Z");

  @TempDir Path dir;

  @Test
  void unclaimedCase_isReannouncedToTheLeadAfterHalfAnHour_thenToEveryone_andTheUserIsToldHonestly() {
    try (DeskFixture f = team(DeskFixture.TUESDAY_10)) {
      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), QUESTION);
      int staffPosts = f.telegram.count(STAFF_CHAT);
      int userMessages = f.telegram.count(USER);

      f.clock.advance(Duration.ofMinutes(29));
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).isEqualTo(staffPosts);

      f.clock.advance(Duration.ofMinutes(1));
      f.tick();
      Message toLead = f.telegram.last(STAFF_CHAT);
      assertThat(toLead.text()).contains("has been waiting 30 min", "Group lead");
      assertThat(toLead.mentions()).extracting(Mention::userId).containsExactly(ELCHIN.userId());
      assertThat(f.telegram.count(USER)).isEqualTo(userMessages);

      f.clock.advance(Duration.ofMinutes(30));
      f.tick();
      Message toAll = f.telegram.last(STAFF_CHAT);
      assertThat(toAll.text()).contains("still has no member after 1 h");
      assertThat(toAll.mentions()).extracting(Mention::userId).as("Russian speakers first, each half by name")
          .containsExactly(DeskFixture.ADMIN.userId(), LEYLA.userId(), MURAD.userId(), ELCHIN.userId());
      assertThat(f.telegram.last(USER).text()).contains("пока никто не взял", "Сейчас рабочее время");

      int after = f.telegram.count(STAFF_CHAT);
      f.clock.advance(Duration.ofHours(5));
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).as("no further re-announcements").isEqualTo(after);
    }
  }

  @Test
  void urgentCase_isReannouncedAfterFiveMinutes_evenAtNight() {
    try (DeskFixture f = team(SATURDAY_23)) {
      f.handOff(USER, Language.EN, HandOff.Reason.URGENT, Optional.of(Urgency.DETENTION), "the police detained me");
      assertThat(f.telegram.in(USER).get(0).text()).contains("alerted at once, also outside working hours");
      int staffPosts = f.telegram.count(STAFF_CHAT);

      f.clock.advance(Duration.ofMinutes(4));
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).isEqualTo(staffPosts);

      f.clock.advance(Duration.ofMinutes(1));
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).isEqualTo(staffPosts + 1);
    }
  }

  @Test
  void ordinaryCase_handedOffOnFridayEvening_waitsForWorkingTimeOnMonday() {
    try (DeskFixture f = team(FRIDAY_1750)) {
      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), QUESTION);
      int staffPosts = f.telegram.count(STAFF_CHAT);

      f.clock.set(Instant.parse("2026-03-07T10:00:00Z")); // Saturday afternoon
      f.tick();
      f.clock.set(Instant.parse("2026-03-09T05:19:00Z")); // Monday 09:19: 10 + 19 working minutes
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).isEqualTo(staffPosts);

      f.clock.set(Instant.parse("2026-03-09T05:20:00Z"));
      f.tick();
      assertThat(f.telegram.count(STAFF_CHAT)).isEqualTo(staffPosts + 1);
    }
  }

  @Test
  void aHandOffOutsideWorkingHours_tellsTheUserWhenToExpectAnAnswer() {
    try (DeskFixture f = team(SATURDAY_23)) {
      f.handOff(USER, Language.EN, HandOff.Reason.USER_ASKED, Optional.empty(), "work permit fees");
      assertThat(f.telegram.in(USER).get(0).text())
          .contains("outside working hours", "on Monday after the working day starts at 09:00");
    }
  }

  @Test
  void claimWithoutAnyReply_isReleasedAfterAnHour_andTheMemberIsTold() {
    try (DeskFixture f = team(DeskFixture.TUESDAY_10)) {
      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), QUESTION);
      Case c = f.caseOf(USER);
      f.command(LEYLA, f.thread(c), "claim", "");

      f.clock.advance(Duration.ofMinutes(59));
      f.tick();
      assertThat(f.find(c.id()).status()).isEqualTo(CaseStatus.CLAIMED);

      f.clock.advance(Duration.ofMinutes(1));
      f.tick();
      assertThat(f.find(c.id()).status()).isEqualTo(CaseStatus.OPEN);
      assertThat(f.find(c.id()).claimedBy()).isEmpty();
      assertThat(f.telegram.notified).singleElement().satisfies(n -> {
        assertThat(n.memberId()).isEqualTo(LEYLA.userId());
        assertThat(n.text()).contains("case #" + c.id(), "1 h");
      });
      Message released = f.telegram.last(STAFF_CHAT);
      assertThat(released.threadId()).isEqualTo(f.thread(c).threadId());
      assertThat(released.text()).contains("wrote nothing to the user for 1 h");
      assertThat(released.mentions()).extracting(Mention::userId).contains(LEYLA.userId());
      assertThat(f.telegram.message(STAFF_CHAT, c.anchorId().orElseThrow()).text())
          .contains("Status: waiting for a member");
    }
  }

  @Test
  void aMemberWhoseUserWaits_isRemindedOnceAfterAnHour_andAgainForTheNextUnansweredMessage() {
    try (DeskFixture f = team(DeskFixture.TUESDAY_10)) {
      f.handOff(USER, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(), QUESTION);
      Case c = f.caseOf(USER);
      Placement thread = f.thread(c);
      f.staffText(LEYLA, thread, "Здравствуйте, я вам помогу.");
      f.clock.advance(Duration.ofMinutes(5));
      f.userText(USER, "Спасибо! Какие документы нужны?");

      f.clock.advance(Duration.ofMinutes(59));
      f.tick();
      assertThat(f.telegram.notified).isEmpty();
      f.clock.advance(Duration.ofMinutes(1));
      f.tick();
      assertThat(f.telegram.notified).extracting(StaffAction.NotifyMember::memberId).containsExactly(LEYLA.userId());
      Message reminder = f.telegram.last(STAFF_CHAT);
      assertThat(reminder.text()).startsWith("Leyla, the user of case #" + c.id()).contains("waiting 1 h");
      assertThat(reminder.mentions()).extracting(Mention::userId).containsExactly(LEYLA.userId());
      assertThat(f.find(c.id()).status()).as("a member who answered keeps the case").isEqualTo(CaseStatus.CLAIMED);

      f.clock.advance(Duration.ofMinutes(30));
      f.tick();
      assertThat(f.telegram.notified).hasSize(1);

      f.staffText(LEYLA, thread, "Паспорт и договор.");
      f.userText(USER, "А сколько это стоит?");
      f.clock.advance(Duration.ofMinutes(60));
      f.tick();
      assertThat(f.telegram.notified).hasSize(2);
    }
  }

  @Test
  void aThreadWhoseCreationWasNeverReported_isCreatedAgainAfterFifteenMinutes() {
    try (DeskFixture f = team(DeskFixture.TUESDAY_10)) {
      List<StaffAction> lost = f.desk.handOff(f.nextHandOffKey(), new HandOff(USER, USER, Language.RU, HandOff.Reason.USER_ASKED,
          Optional.empty(), List.of(QUESTION)));
      assertThat(lost).filteredOn(StaffAction.CreateTopic.class::isInstance).hasSize(1);

      f.clock.advance(Duration.ofMinutes(14));
      assertThat(f.desk.tick(f.clock.instant())).isEmpty();
      f.clock.advance(Duration.ofMinutes(1));
      List<StaffAction> retry = f.desk.tick(f.clock.instant());
      assertThat(retry).singleElement().isInstanceOf(StaffAction.CreateTopic.class);

      f.telegram.perform(retry);
      assertThat(f.caseOf(USER).threadState()).isEqualTo(ThreadState.READY);
      f.clock.advance(Duration.ofMinutes(15));
      assertThat(f.desk.tick(f.clock.instant())).noneMatch(StaffAction.CreateTopic.class::isInstance);
    }
  }

  @Test
  void aThreadPendingFromBeforeARestart_isCreatedAtTheFirstTick() {
    try (DeskFixture before = team(DeskFixture.TUESDAY_10)) {
      // The process dies after the case row is written but before its thread request reaches Telegram.
      before.desk.handOff(before.nextHandOffKey(), new HandOff(USER, USER, Language.RU, HandOff.Reason.URGENT, Optional.of(Urgency.DETENTION),
          List.of(QUESTION)));
    }
    try (DeskFixture after = new DeskFixture(dir, StaffMode.FORUM, DeskFixture.TUESDAY_10.plusSeconds(60),
        Language.EN)) {
      assertThat(after.caseOf(USER).threadState()).isEqualTo(ThreadState.PENDING);
      List<StaffAction> first = after.desk.tick(after.clock.instant());
      assertThat(first).singleElement().isInstanceOf(StaffAction.CreateTopic.class);

      after.telegram.perform(first);
      assertThat(after.caseOf(USER).threadState()).isEqualTo(ThreadState.READY);
    }
  }

  @Test
  void aHandOffPerformedAgainAfterARestart_givesTheFirstNotice_andOpensNoSecondCase() {
    HandOff handOff = new HandOff(USER, USER, Language.RU, HandOff.Reason.URGENT, Optional.of(Urgency.DETENTION),
        List.of(QUESTION));
    long caseId;
    try (DeskFixture before = team(DeskFixture.TUESDAY_10)) {
      // The case row is written, then the process dies: neither the notice nor the thread request went out.
      before.desk.handOff(41, handOff);
      caseId = before.caseOf(USER).id();
    }
    try (DeskFixture after = new DeskFixture(dir, StaffMode.FORUM, DeskFixture.TUESDAY_10.plusSeconds(30),
        Language.EN)) {
      List<StaffAction> again = after.desk.handOff(41, handOff);

      assertThat(again).singleElement().isInstanceOfSatisfying(StaffAction.SendToUser.class, notice -> {
        assertThat(notice.text()).startsWith(DeskFixture.MESSAGES.get(Language.RU, "case.opened", Long.toString(caseId)))
            .contains(DeskFixture.MESSAGES.get(Language.RU, "case.cancelHint"));
      });
      assertThat(after.caseOf(USER).id()).isEqualTo(caseId);
      assertThat(after.desk.tick(after.clock.instant())).singleElement().isInstanceOf(StaffAction.CreateTopic.class);

      // A different hand-off from the same user joins the open case as before.
      List<StaffAction> later = after.desk.handOff(42, new HandOff(USER, USER, Language.RU,
          HandOff.Reason.USER_ASKED, Optional.empty(), List.of(QUESTION)));
      assertThat(later).filteredOn(StaffAction.SendToUser.class::isInstance).singleElement()
          .extracting(a -> ((StaffAction.SendToUser) a).text())
          .isEqualTo(DeskFixture.MESSAGES.get(Language.RU, "case.alreadyOpen", Long.toString(caseId)));
    }
  }

  /** Leyla (ru, az) follows labour migration, Elçin (az) leads it, Murad (ru) follows asylum. */
  private DeskFixture team(Instant start) {
    DeskFixture f = new DeskFixture(dir, StaffMode.FORUM, start, Language.EN);
    f.enrol(LEYLA, "labour-migration", "ru az");
    f.enrol(ELCHIN, "labour-migration", "az");
    f.enrol(MURAD, "asylum-seekers", "ru");
    f.command(DeskFixture.ADMIN, Placement.GENERAL, "lead", "labour-migration " + ELCHIN.userId());
    assertThat(f.storage.roster().find(ELCHIN.userId()).orElseThrow().leads()).containsExactly("labour-migration");
    f.storage.roster().languages(DeskFixture.ADMIN.userId(), java.util.Set.of(Language.RU));
    assertThat(f.telegram.performed).noneMatch(a -> a instanceof StaffAction.SendToUser);
    List.of(LEYLA, ELCHIN, MURAD).forEach(m -> assertThat(f.storage.roster().find(m.userId())).isPresent());
    return f;
  }
}
