package az.council.helpdesk.stats.desk;

import static az.council.helpdesk.stats.desk.DeskFixture.button;
import static az.council.helpdesk.stats.desk.DeskFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.Role;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.stats.StatsReport;
import az.council.helpdesk.stats.Tally;
import az.council.helpdesk.stats.desk.SecretaryAction.AnswerPress;
import az.council.helpdesk.stats.desk.SecretaryAction.EditText;
import az.council.helpdesk.stats.desk.SecretaryAction.SendText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OfflineLogTest {
  private static final long LEYLA = 7;
  private static final long RASHAD = 8;
  private static final Optional<Role> MEMBER = Optional.of(Role.MEMBER);
  private static final String STALE = "This button is no longer active. Start again with /log.";

  @TempDir Path data;
  private DeskFixture f;

  @BeforeEach
  void open() {
    f = new DeskFixture(data, Language.EN);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private StatsReport thisMonth() {
    return f.stats.report(f.stats.currentMonth(f.clock));
  }

  /** /log, Ukraine, Registration: the outcome question. */
  private List<SecretaryAction> upToOutcome(long user) {
    List<SecretaryAction> start = f.command(user, MEMBER, "log", "");
    List<SecretaryAction> topics = f.press(user, MEMBER, button(start, "Ukraine"));
    return f.press(user, MEMBER, button(topics, "Registration"));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void log_everyStaffRole_recordsAConsultationInThreePresses(Role role) {
    List<SecretaryAction> start = f.command(LEYLA, Optional.of(role), "log", "");
    assertThat(start).singleElement().isInstanceOfSatisfying(SendText.class, s -> {
      assertThat(s.to()).isEqualTo(DeskFixture.STAFF);
      assertThat(s.text()).startsWith("Offline consultation");
      assertThat(s.keyboard().rows().stream().flatMap(List::stream).map(b -> b.label())).contains("Ukraine",
          "Russia", "Türkiye", "Another country…", "Azerbaijani citizens abroad", "Stateless", "Not stated", "Cancel");
    });

    List<SecretaryAction> topics = f.press(LEYLA, Optional.of(role), button(start, "Georgia"));
    assertThat(topics.getFirst()).isEqualTo(new AnswerPress("press-1", Optional.empty()));
    assertThat(topics.getLast()).isInstanceOfSatisfying(EditText.class, e -> {
      assertThat(e.messageId()).isEqualTo(77);
      assertThat(e.text()).contains("Citizenship: Georgia");
      assertThat(e.keyboard().rows().stream().mapToLong(List::size).sum()).as("nine topics and Cancel").isEqualTo(10);
    });
    List<SecretaryAction> outcomes = f.press(LEYLA, Optional.of(role), button(topics, "Asylum and refugees"));
    assertThat(text(outcomes)).contains("Topic: Asylum and refugees");
    List<SecretaryAction> done = f.press(LEYLA, Optional.of(role), button(outcomes, "Referred to another body"));

    assertThat(text(done)).isEqualTo("Recorded: Georgia · Asylum and refugees · Referred to another body.\n"
        + "You can undo this within a minute.");
    StatsReport report = thisMonth();
    assertThat(report.persons()).isEqualTo(1);
    assertThat(report.citizenship()).containsExactly(new Tally<>(new Citizenship("GE"), 1));
    assertThat(report.cases().outcomes()).contains(new Tally<>(Outcome.REFERRED, 1));
  }

  @Test
  void undo_withinAMinute_takesTheConsultationBack() {
    List<SecretaryAction> done = f.press(LEYLA, MEMBER, button(upToOutcome(LEYLA), "Resolved"));
    assertThat(thisMonth().inquiries()).isEqualTo(1);
    f.clock.advance(Duration.ofSeconds(59));

    List<SecretaryAction> undone = f.press(LEYLA, MEMBER, button(done, "Undo"));

    assertThat(text(undone)).isEqualTo("Undone: this consultation is not counted.");
    assertThat(DeskFixture.keyboard(undone).isEmpty()).isTrue();
    assertThat(thisMonth().inquiries()).isZero();
    assertThat(f.press(LEYLA, MEMBER, button(done, "Undo"))).as("a second undo")
        .containsExactly(new AnswerPress("press-5", Optional.of(STALE)));
  }

  @Test
  void undo_afterAMinute_isTooLateAndTheConsultationStays() {
    List<SecretaryAction> done = f.press(LEYLA, MEMBER, button(upToOutcome(LEYLA), "Resolved"));
    f.clock.advance(Duration.ofSeconds(61));

    List<SecretaryAction> late = f.press(LEYLA, MEMBER, button(done, "Undo"));

    assertThat(late.getFirst()).isInstanceOfSatisfying(AnswerPress.class,
        a -> assertThat(a.notice()).contains("More than a minute has passed: the consultation stays recorded."));
    assertThat(text(late)).startsWith("Recorded: Ukraine · Registration · Resolved.").doesNotContain("undo");
    assertThat(thisMonth().inquiries()).isEqualTo(1);
  }

  @Test
  void anotherCountry_typedInAnyLanguage_isMatchedByName() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");
    List<SecretaryAction> other = f.press(LEYLA, MEMBER, button(start, "Another country…"));
    assertThat(text(other)).startsWith("Type the country’s name");
    assertThat(f.desk.awaitsText(LEYLA)).isTrue();
    assertThat(f.desk.awaitsText(RASHAD)).isFalse();

    List<SecretaryAction> unknown = f.type(LEYLA, MEMBER, "Atlantis");
    assertThat(text(unknown)).isEqualTo("I could not find a country called “Atlantis”. Please type the name again:");
    assertThat(f.desk.awaitsText(LEYLA)).isTrue();

    List<SecretaryAction> topics = f.type(LEYLA, MEMBER, "Египет");
    assertThat(topics).singleElement().isInstanceOf(SendText.class);
    assertThat(text(topics)).contains("Citizenship: Egypt");
    assertThat(f.desk.awaitsText(LEYLA)).isFalse();
    List<SecretaryAction> outcomes = f.press(LEYLA, MEMBER, button(topics, "Work permit"));
    f.press(LEYLA, MEMBER, button(outcomes, "Out of scope"));

    assertThat(thisMonth().citizenship()).containsExactly(new Tally<>(new Citizenship("EG"), 1));
  }

  @Test
  void cancel_recordsNothing() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");
    List<SecretaryAction> topics = f.press(LEYLA, MEMBER, button(start, "Stateless"));

    assertThat(text(f.press(LEYLA, MEMBER, button(topics, "Cancel")))).isEqualTo("Cancelled: nothing was recorded.");
    assertThat(thisMonth().inquiries()).isZero();
    assertThat(f.press(LEYLA, MEMBER, button(topics, "Citizenship"))).containsExactly(
        new AnswerPress("press-3", Optional.of(STALE)));
  }

  @Test
  void log_byAStranger_isRefused() {
    assertThat(text(f.command(LEYLA, Optional.empty(), "log", ""))).isEqualTo(
        f.messages.get(Language.EN, "secretary.refused"));
  }

  @Test
  void aButton_pressedBySomeoneElse_orFromAnEarlierDraft_isStale() {
    List<SecretaryAction> first = f.command(LEYLA, MEMBER, "log", "");
    assertThat(f.press(RASHAD, MEMBER, button(first, "Ukraine"))).as("another member's press")
        .containsExactly(new AnswerPress("press-1", Optional.of(STALE)));

    List<SecretaryAction> second = f.command(LEYLA, MEMBER, "log", "");
    assertThat(f.press(LEYLA, MEMBER, button(first, "Ukraine"))).as("the replaced draft")
        .containsExactly(new AnswerPress("press-2", Optional.of(STALE)));
    assertThat(f.press(LEYLA, MEMBER, button(second, "Ukraine")).getLast()).isInstanceOf(EditText.class);
  }

  @Test
  void aButton_outOfOrder_isStaleAndChangesNothing() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");
    String draft = button(start, "Ukraine").split(":")[1];

    assertThat(f.press(LEYLA, MEMBER, "sl:" + draft + ":o:resolved")).containsExactly(
        new AnswerPress("press-1", Optional.of(STALE)));
    assertThat(f.press(LEYLA, MEMBER, "sl:" + draft + ":u")).hasSize(1);
    assertThat(thisMonth().inquiries()).isZero();
    assertThat(f.press(LEYLA, MEMBER, button(start, "Ukraine")).getLast()).as("the draft is intact")
        .isInstanceOf(EditText.class);
  }

  @Test
  void anIdleDraft_expires() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");
    f.clock.advance(OfflineLogFlow.IDLE.plusSeconds(1));

    assertThat(f.press(LEYLA, MEMBER, button(start, "Ukraine"))).containsExactly(
        new AnswerPress("press-1", Optional.of(STALE)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sl:1:c:XX", "sl:1:c:ua", "sl:1:t:visa", "sl:1:o:maybe", "sl:x:u", "sl:1:u:1", "sl:1",
      "sl:", "sl:1:c", "sl:1234567890:u", "garbage", "sl:1:c:UA:extra"})
  void forgedButtonData_isRefusedAndChangesNothing(String data) {
    f.command(LEYLA, MEMBER, "log", "");

    assertThat(f.press(LEYLA, MEMBER, data)).singleElement().isInstanceOfSatisfying(AnswerPress.class,
        a -> assertThat(a.notice()).contains("This button is not valid."));
    assertThat(thisMonth().inquiries()).isZero();
  }

  @Test
  void aPress_fromSomeoneWhoLostTheirRole_isRefused() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");

    assertThat(f.press(LEYLA, Optional.empty(), button(start, "Ukraine"))).singleElement()
        .isInstanceOfSatisfying(AnswerPress.class, a -> assertThat(a.notice()).isPresent());
    assertThat(f.type(LEYLA, Optional.empty(), "Ukraine")).isEmpty();
  }

  @Test
  void ownsButton_recognisesOnlyItsOwnData() {
    List<SecretaryAction> start = f.command(LEYLA, MEMBER, "log", "");

    assertThat(DeskFixture.keyboard(start).rows()).allSatisfy(row -> assertThat(row)
        .allSatisfy(b -> assertThat(SecretaryDesk.ownsButton(b.data())).isTrue()));
    assertThat(SecretaryDesk.ownsButton("k:claim:1")).isFalse();
    assertThat(SecretaryDesk.ownsButton("c:UA")).isFalse();
  }
}
