package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.store.HandOffRecord;
import az.council.helpdesk.store.HandOffRecords;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link HandOffSink}: records the hand-off in the {@code handoff} table, where the cases feature
 * will pick it up (rows without {@code taken_over_at}). Nothing is lost while no member-facing side exists.
 */
public final class RecordedHandOffs implements HandOffSink {
  private static final Logger log = LoggerFactory.getLogger(RecordedHandOffs.class);
  private final HandOffRecords records;
  private final Clock clock;

  public RecordedHandOffs(HandOffRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void accept(long key, Action.HandOff handOff) {
    records.record(key, new HandOffRecord(handOff.userId(), handOff.chatId(), handOff.language().tag(),
        handOff.reason().name(), handOff.urgency().map(Enum::name), handOff.recentQuestions(), clock.millis()));
    log.info("hand-off recorded for chat {} ({}{})", handOff.chatId(), handOff.reason(),
        handOff.urgency().map(u -> ", " + u).orElse(""));
  }
}
