package az.council.helpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DeliveryStoreTest {
  @TempDir Path dir;
  private Database database;
  private UpdateInbox inbox;
  private Outbox outbox;

  @BeforeEach
  void open() {
    database = Database.open(dir);
    inbox = new UpdateInbox(database);
    outbox = new Outbox(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static InboundUpdate update(long id, long chat) {
    return new InboundUpdate(id, chat, "{\"update_id\":" + id + ",\"text\":\"secret\"}", false);
  }

  @Test
  void store_aRedeliveredId_isIgnored() {
    assertThat(inbox.store(List.of(update(1, 42), update(2, 43)), 100)).hasSize(2);

    List<StoredUpdate> again = inbox.store(List.of(update(2, 43), update(3, 42)), 200);

    assertThat(again).extracting(StoredUpdate::updateId).containsExactly(3L);
    assertThat(inbox.pending()).extracting(StoredUpdate::updateId).containsExactly(1L, 2L, 3L);
  }

  @Test
  void store_poison_isKeptAsSkippedAndNeverPending() {
    inbox.store(List.of(new InboundUpdate(9, 0, "{}", true)), 100);

    assertThat(inbox.pending()).isEmpty();
    assertThat(inbox.count("skipped")).isEqualTo(1);
    assertThat(inbox.store(List.of(new InboundUpdate(9, 0, "{}", true)), 100)).isEmpty();
  }

  @Test
  void complete_marksDoneErasesTheTextAndQueuesTheCallsAtomically() {
    inbox.store(List.of(update(1, 42)), 100);

    List<OutboxEntry> queued = inbox.complete(1, List.of(new OutboxEntry.New(42, "send", "{\"text\":\"a\"}"),
        new OutboxEntry.New(42, "send", "{\"text\":\"b\"}")), 150);

    assertThat(queued).extracting(OutboxEntry::id).isSorted().hasSize(2);
    assertThat(outbox.pending()).isEqualTo(queued);
    assertThat(inbox.pending()).isEmpty();
    String payload = database.read(c -> {
      try (var s = c.createStatement(); var rs = s.executeQuery("SELECT payload FROM telegram_update")) {
        rs.next();
        return rs.getString(1);
      }
    });
    assertThat(payload).isEqualTo("{}");
  }

  @Test
  void complete_twice_failsAndQueuesNothingTheSecondTime() {
    inbox.store(List.of(update(1, 42)), 100);
    inbox.complete(1, List.of(new OutboxEntry.New(42, "send", "{}")), 150);

    assertThatThrownBy(() -> inbox.complete(1, List.of(new OutboxEntry.New(42, "send", "{}")), 160))
        .isInstanceOf(StoreException.class);
    assertThat(outbox.depth()).isEqualTo(1);
  }

  @Test
  void outbox_retryThenDeliver() {
    OutboxEntry row = outbox.enqueue(List.of(new OutboxEntry.New(42, "send", "{}")), 100).get(0);

    outbox.retryLater(row.id(), 1, 5000, "timeout");
    assertThat(outbox.pending()).singleElement().satisfies(r -> {
      assertThat(r.attempts()).isEqualTo(1);
      assertThat(r.notBeforeMillis()).isEqualTo(5000);
    });
    outbox.delivered(row.id());
    assertThat(outbox.depth()).isZero();
  }

  @Test
  void outbox_dropChat_keepsOtherChatsAndHandOffs() {
    outbox.enqueue(List.of(new OutboxEntry.New(42, "send", "{}"), new OutboxEntry.New(42, "handoff", "{}"),
        new OutboxEntry.New(42, "send", "{}"), new OutboxEntry.New(43, "send", "{}")), 100);

    assertThat(outbox.dropChat(42, "blocked")).isEqualTo(2);
    assertThat(outbox.pending()).extracting(OutboxEntry::kind, OutboxEntry::chatId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("handoff", 42L), org.assertj.core.groups.Tuple.tuple("send", 43L));
    assertThat(outbox.count("dropped")).isEqualTo(2);
  }

  @Test
  void blockedChats_blockOnceUnblockOnce() {
    BlockedChats blocked = new BlockedChats(database);

    assertThat(blocked.block(42, "403", 1)).isTrue();
    assertThat(blocked.block(42, "403", 2)).isFalse();
    assertThat(blocked.all()).containsExactly(42L);
    assertThat(blocked.unblock(42)).isTrue();
    assertThat(blocked.unblock(42)).isFalse();
    assertThat(blocked.isBlocked(42)).isFalse();
  }

  @Test
  void handOffs_areRecordedOncePerKey_untilTakenOver() {
    HandOffRecords records = new HandOffRecords(database);
    HandOffRecord record = new HandOffRecord(7, 42, "az", "URGENT", Optional.of("DETENTION"),
        List.of("Pasportumu itirmişəm", "\"quoted\""), 123);

    records.record(5, record);
    records.record(5, record); // the same hand-off again, after a crash before its outbox row was settled

    assertThat(records.waiting()).containsExactly(record);
  }

  @Test
  void prune_keepsPendingRowsAndTheNewestId() {
    inbox.store(List.of(update(1, 42), update(2, 42), update(3, 42)), 100);
    inbox.complete(1, List.of(), 100);
    inbox.complete(3, List.of(), 100);

    assertThat(inbox.prune(1000)).isEqualTo(1);
    assertThat(inbox.pending()).extracting(StoredUpdate::updateId).containsExactly(2L);
    assertThat(inbox.store(List.of(update(3, 42)), 2000)).as("newest id still known").isEmpty();
  }
}
