package az.council.helpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import az.council.helpdesk.cases.Case;
import az.council.helpdesk.cases.CaseStatus;
import az.council.helpdesk.cases.CaseThreads;
import az.council.helpdesk.cases.Joined;
import az.council.helpdesk.cases.NewCase;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.cases.Placement;
import az.council.helpdesk.cases.Queued;
import az.council.helpdesk.cases.Role;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteCaseStoreTest {
  static final Instant T0 = Instant.parse("2026-03-03T06:00:00Z");

  @TempDir Path dir;
  private Database db;
  private SqliteCaseStore cases;
  private SqliteCaseThreads threads;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    cases = new SqliteCaseStore(db);
    threads = new SqliteCaseThreads(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void openOrJoin_keepsOneOpenCasePerUser_andANewOneAfterTheEnd() {
    Joined first = cases.openOrJoin(request(1, Optional.empty(), "q1"));
    Joined again = cases.openOrJoin(request(1, Optional.of(Urgency.VIOLENCE), "q1", "q2"));

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.opened().id()).isEqualTo(first.opened().id());
    assertThat(again.newQuestions()).containsExactly("q2");
    assertThat(again.escalated()).isTrue();
    assertThat(again.opened().urgency()).contains(Urgency.VIOLENCE);
    assertThat(cases.questions(first.opened().id())).containsExactly("q1", "q2");

    assertThat(cases.finish(first.opened().id(), CaseStatus.CLOSED, Optional.of(Outcome.RESOLVED), Optional.empty(),
        Optional.of(9L), T0)).isTrue();
    assertThat(cases.openOrJoin(request(1, Optional.empty(), "q3")).created()).isTrue();
  }

  @Test
  void openOrJoin_sameHandOffAgain_findsTheCaseItOpened_evenAfterItEnded() {
    NewCase handOff = request(1, Optional.empty(), "q1");
    Joined first = cases.openOrJoin(handOff);

    Joined repeat = cases.openOrJoin(handOff);

    assertThat(repeat.replayed()).isTrue();
    assertThat(repeat.created()).isFalse();
    assertThat(repeat.opened().id()).isEqualTo(first.opened().id());
    assertThat(cases.questions(first.opened().id())).containsExactly("q1");
    assertThat(first.replayed()).isFalse();

    cases.finish(first.opened().id(), CaseStatus.CANCELLED, Optional.empty(), Optional.empty(), Optional.empty(), T0);
    Joined late = cases.openOrJoin(handOff);
    assertThat(late.replayed()).isTrue();
    assertThat(late.opened().status()).isEqualTo(CaseStatus.CANCELLED);
    assertThat(cases.openCaseOf(1)).isEmpty();
  }

  @Test
  void theDatabaseItselfRefusesASecondOpenCaseForAUser() {
    cases.openOrJoin(request(1, Optional.empty(), "q1"));

    assertThatThrownBy(() -> db.write(c -> CaseRows.update(c, "INSERT INTO cases (user_id, chat_id, language, reason,"
        + " group_id, status, opened_at, announced_at) VALUES (1, 1, 'ru', 'USER_ASKED', 'g', 'open', 'x', 'x')")))
        .hasRootCauseMessage("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: cases.user_id)");
  }

  @Test
  void transitions_happenOnce() {
    long id = cases.openOrJoin(request(1, Optional.empty(), "q")).opened().id();

    assertThat(cases.claim(id, 21, T0)).isTrue();
    assertThat(cases.claim(id, 22, T0)).as("second claim").isFalse();
    assertThat(cases.find(id).orElseThrow().claimedBy()).contains(21L);
    assertThat(cases.finish(id, CaseStatus.CANCELLED, Optional.empty(), Optional.empty(), Optional.empty(), T0)).isTrue();
    assertThat(cases.finish(id, CaseStatus.CLOSED, Optional.of(Outcome.RESOLVED), Optional.empty(), Optional.empty(), T0))
        .as("closing a cancelled case").isFalse();
    assertThat(cases.rate(id, 2, true)).as("somebody else's case").isFalse();
    assertThat(cases.rate(id, 1, true)).isTrue();
  }

  @Test
  void threads_beginOnce_queueUntilReady_andRouteRepliesByLinkedMessages() {
    long id = cases.openOrJoin(request(1, Optional.empty(), "q")).opened().id();

    assertThat(threads.begin(id, T0)).isTrue();
    assertThat(threads.begin(id, T0)).isFalse();
    assertThat(threads.relayOrQueue(id, new Queued.Copy(7))).isEmpty();
    assertThat(threads.topicCreated(id, 500)).hasValue(List.of(new Queued.Copy(7)));
    assertThat(threads.relayOrQueue(id, new Queued.Copy(8))).isPresent();

    threads.link(id, 600, Optional.of(8), CaseThreads.Direction.IN);
    assertThat(threads.at(Placement.topic(500))).map(Case::id).contains(id);
    assertThat(threads.at(Placement.replyTo(600))).map(Case::id).contains(id);
    assertThat(threads.at(Placement.replyTo(601))).isEmpty();
    assertThat(threads.staffCopyOf(id, 8)).contains(600);

    assertThat(threads.anchored(id, 700)).isEmpty();
    assertThat(threads.at(Placement.topic(700))).as("a reply thread's root is the summary").map(Case::id).contains(id);
  }

  @Test
  void forget_deletesTheTextsAndUnlinksFinishedCases() {
    long id = cases.openOrJoin(request(1, Optional.empty(), "my passport number is 123")).opened().id();
    threads.link(id, 600, Optional.of(8), CaseThreads.Direction.IN);
    cases.finish(id, CaseStatus.CLOSED, Optional.of(Outcome.RESOLVED), Optional.of("called him"), Optional.of(9L), T0);

    cases.forget(1);

    assertThat(cases.questions(id)).isEmpty();
    assertThat(threads.staffCopyOf(id, 8)).isEmpty();
    Case forgotten = cases.find(id).orElseThrow();
    assertThat(forgotten.userId()).isZero();
    assertThat(forgotten.outcome()).as("still counted").contains(Outcome.RESOLVED);
  }

  @Test
  void purgeTexts_onlyTouchesCasesFinishedBeforeTheLimit() {
    long old = cases.openOrJoin(request(1, Optional.empty(), "old question")).opened().id();
    cases.finish(old, CaseStatus.CLOSED, Optional.of(Outcome.RESOLVED), Optional.empty(), Optional.empty(), T0);
    long recent = cases.openOrJoin(request(2, Optional.empty(), "recent question")).opened().id();
    cases.finish(recent, CaseStatus.CLOSED, Optional.of(Outcome.RESOLVED), Optional.empty(), Optional.empty(),
        T0.plusSeconds(86_400 * 200).plusNanos(5));
    long open = cases.openOrJoin(request(3, Optional.empty(), "open question")).opened().id();

    assertThat(cases.purgeTexts(T0.plusSeconds(86_400 * 180))).isEqualTo(1);

    assertThat(cases.questions(old)).isEmpty();
    assertThat(cases.questions(recent)).containsExactly("recent question");
    assertThat(cases.questions(open)).containsExactly("open question");
  }

  @Test
  void roster_bootstrapKeepsAKnownName_andRemovingAMemberDropsTheirGroups() {
    SqliteRosterStore roster = new SqliteRosterStore(db);
    roster.put(5, "Leyla", Optional.of("leyla"), Role.MEMBER, T0);
    roster.subscribe(5, "asylum-seekers", true);
    roster.lead(5, "legislation");
    roster.put(5, "", Optional.empty(), Role.ADMIN, T0);

    assertThat(roster.find(5)).hasValueSatisfying(m -> {
      assertThat(m.name()).isEqualTo("Leyla");
      assertThat(m.role()).isEqualTo(Role.ADMIN);
      assertThat(m.groups()).containsExactlyInAnyOrder("asylum-seekers", "legislation");
      assertThat(m.leads()).containsExactly("legislation");
    });
    assertThat(roster.findByUsername("@LEYLA")).isPresent();
    assertThat(roster.remove(5)).isTrue();
    int groups = db.read(c -> {
      try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM member_groups")) {
        rs.next();
        return rs.getInt(1);
      }
    });
    assertThat(groups).isZero();
  }

  private static final java.util.concurrent.atomic.AtomicLong KEYS = new java.util.concurrent.atomic.AtomicLong();

  private static NewCase request(long userId, Optional<Urgency> urgency, String... questions) {
    return new NewCase(userId, userId, Language.RU, Optional.of(Topic.WORK_PERMIT), Optional.of("UA"), urgency,
        HandOff.Reason.USER_ASKED, "labour-migration", List.of(questions), T0, KEYS.incrementAndGet());
  }
}
