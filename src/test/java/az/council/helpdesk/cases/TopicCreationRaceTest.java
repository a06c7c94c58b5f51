package az.council.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several messages of one user arriving at the same moment, each handed off by its own thread (as when two
 * urgent messages come in one burst), against the real SQLite store: one case, one topic, every message relayed
 * exactly once, those that came before the topic existed right after its summary.
 */
final class TopicCreationRaceTest {
  static final int THREADS = 4;
  static final int ROUNDS = 15;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StaffMode.class)
  void concurrentHandOffsOfOneUserCreateOneThreadAndLoseNoMessage(StaffMode mode) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("race-", 0).factory());
    try (DeskFixture f = new DeskFixture(dir, mode)) {
      for (int round = 0; round < ROUNDS; round++) {
        long user = 7000 + round;
        List<StaffAction> actions = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
          int messageId = 100 + i;
          done.add(pool.submit(() -> {
            start.await();
            actions.addAll(f.desk.handOff(f.nextHandOffKey(), new HandOff(user, user, Language.RU, HandOff.Reason.URGENT,
                Optional.of(Urgency.VIOLENCE), List.of("меня бьёт работодатель"))));
            f.desk.fromUser(new Event.Text(Sender.privateChat(user, "ru"), f.clock.instant(), messageId,
                "помогите, пожалуйста " + messageId)).ifPresent(actions::addAll);
            return null;
          }));
        }
        start.countDown();
        for (Future<?> future : done) {
          future.get(30, TimeUnit.SECONDS);
        }

        List<StaffAction> creations = actions.stream().filter(a -> creates(a, mode)).toList();
        assertThat(creations).as("round %d: thread creations", round).hasSize(1);
        int cases = f.db.read(c -> {
          try (var s = c.prepareStatement("SELECT COUNT(*) FROM cases WHERE user_id = ?")) {
            s.setLong(1, user);
            try (var rs = s.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
        assertThat(cases).as("cases of the user").isEqualTo(1);

        List<StaffAction> afterwards = new ArrayList<>(actions);
        long caseId = f.caseOf(user).id();
        afterwards.addAll(mode == StaffMode.FORUM ? f.desk.topicCreated(caseId, 900 + round)
            : f.desk.delivered(new Receipt(caseId, Receipt.Kind.SUMMARY, 0), 900 + round));
        assertThat(afterwards.stream().filter(StaffAction.CopyToStaff.class::isInstance)
            .map(a -> ((StaffAction.CopyToStaff) a).messageId()))
            .as("round %d: every message copied once", round)
            .containsExactlyInAnyOrder(100, 101, 102, 103);
        Placement thread = mode == StaffMode.FORUM ? Placement.topic(900 + round) : Placement.replyTo(900 + round);
        assertThat(afterwards).filteredOn(StaffAction.CopyToStaff.class::isInstance)
            .as("round %d: copies land in the case's thread, none before it existed", round)
            .allSatisfy(a -> assertThat(((StaffAction.CopyToStaff) a).where()).isEqualTo(thread));
        if (mode == StaffMode.FORUM) {
          assertThat(f.desk.topicCreated(caseId, 990 + round)).as("a second topic for the case is closed again")
              .containsExactly(new StaffAction.CloseTopic(DeskFixture.STAFF_CHAT, 990 + round));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean creates(StaffAction action, StaffMode mode) {
    return switch (action) {
      case StaffAction.CreateTopic t -> true;
      case StaffAction.PostToStaff p -> p.receipt().map(r -> r.kind() == Receipt.Kind.SUMMARY).orElse(false);
      default -> false;
    };
  }
}
