package az.council.helpdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.HandOffRecord;
import az.council.helpdesk.store.HandOffRecords;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RecordedHandOffsTest {
  @TempDir Path dir;

  @Test
  void aHandOff_becomesARowTheCasesFeatureCanTakeOver() {
    try (Database database = Database.open(dir)) {
      HandOffRecords records = new HandOffRecords(database);
      RecordedHandOffs sink = new RecordedHandOffs(records, Clock.fixed(Instant.ofEpochMilli(1234), ZoneOffset.UTC));

      Action.HandOff handOff = new Action.HandOff(7, 42, Language.AZ, Action.HandOff.Reason.URGENT,
          Optional.of(Urgency.DETENTION), List.of("Polis məni saxlayıb"));
      sink.accept(3, handOff);
      sink.accept(3, handOff); // performed again after a crash

      assertThat(records.waiting()).containsExactly(new HandOffRecord(7, 42, "az", "URGENT", Optional.of("DETENTION"),
          List.of("Polis məni saxlayıb"), 1234));
    }
  }
}
