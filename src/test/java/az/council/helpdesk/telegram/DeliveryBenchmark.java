package az.council.helpdesk.telegram;

import static org.awaitility.Awaitility.await;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.EventHandler;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.store.Database;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements of the adapter, not part of the normal suite (the class name does not match the test
 * includes): {@code ./mvnw -B -o test -Dtest=DeliveryBenchmark} (add {@code -Dupdates=N -Dusers=N}). Figures go
 * to stdout as {@code BENCH ...} lines. An echo conversation, so the adapter is measured, not the triage. The end-to-end
 * and burst measurements are jar commands: {@code bench e2e} and {@code bench burst}.
 */
final class DeliveryBenchmark {
  @TempDir Path dir;
  private final int updates = Integer.getInteger("updates", 20_000);

  /** Intake, processing and outbox over SQLite on disk, with a Bot API that answers at once (no HTTP). */
  @Test
  void adapterWithoutHttp() throws Exception {
    EventHandler echo = e -> List.of(new Action.Send(e.sender().chatId(), "echo", Keyboard.NONE));
    try (Database database = Database.open(dir);
        Pipeline pipeline = new Pipeline(database, echo, StaffUpdates.IGNORE, new ScriptedApi()).start()) {
      pipeline.poll(UpdateJson.text(1, 1, "warm-up"));
      await().until(() -> pipeline.metrics.snapshot().delivered() == 1);
      long started = System.nanoTime();
      int id = 2;
      for (int batch = 0; batch < updates / 100; batch++) {
        ObjectNode[] json = new ObjectNode[100];
        for (int i = 0; i < 100; i++, id++) {
          json[i] = UpdateJson.text(id, 100 + id % 100, "q" + id);
        }
        pipeline.poll(json);
      }
      await().atMost(Duration.ofMinutes(5)).until(() -> pipeline.metrics.snapshot().delivered() == updates + 1);
      report("adapter without HTTP", updates, started);
    }
  }

  private static void report(String what, int count, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf("BENCH %s: %d updates answered in %.1f s = %.0f updates/s%n", what, count, seconds, count / seconds);
  }
}
