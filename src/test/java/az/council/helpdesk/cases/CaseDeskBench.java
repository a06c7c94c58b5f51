package az.council.helpdesk.cases;

import az.council.helpdesk.cases.CasesConfig.StaffMode;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.i18n.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the suite (the name does not end in Test); run with {@code ./mvnw -o test -Dtest=CaseDeskBench}.
 * Prints how long hand-offs, relays and one timer tick take against SQLite on disk.
 */
final class CaseDeskBench {
  static final int CASES = 500;
  static final int MESSAGES = 10;

  @TempDir Path dir;

  @Test
  void measure() {
    try (DeskFixture f = new DeskFixture(dir, StaffMode.FORUM)) {
      f.enrol(new Staffer(21, "Leyla", Optional.empty()), "labour-migration", "ru");
      long start = System.nanoTime();
      for (int user = 1; user <= CASES; user++) {
        f.handOff(10_000 + user, Language.RU, HandOff.Reason.USER_ASKED, Optional.empty(),
            "разрешение на работу делает работодатель или я сам иду?");
      }
      long handOffs = System.nanoTime() - start;
      start = System.nanoTime();
      for (int user = 1; user <= CASES; user++) {
        for (int i = 0; i < MESSAGES; i++) {
          f.userText(10_000 + user, "сообщение " + i);
        }
      }
      long relays = System.nanoTime() - start;
      f.clock.advance(Duration.ofMinutes(30));
      start = System.nanoTime();
      int actions = f.desk.tick(f.clock.instant()).size();
      long tick = System.nanoTime() - start;
      System.out.printf("%d hand-offs (case, topic, summary): %.2f ms each%n", CASES, handOffs / 1e6 / CASES);
      System.out.printf("%d user messages relayed: %.2f ms each%n", CASES * MESSAGES,
          relays / 1e6 / (CASES * MESSAGES));
      System.out.printf("one tick over %d open cases: %.0f ms (%d actions)%n", CASES, tick / 1e6, actions);
    }
  }
}
