package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;

/**
 * Where a hand-off to a Council member goes once it leaves the outbox. The cases feature implements it (open
 * a case, post to the staff group); until then {@link RecordedHandOffs} keeps each one as a row. A sink that
 * throws is called again later with backoff, so nothing is lost; it must therefore tolerate a repeat, which
 * it recognises by {@code key} (the hand-off's outbox row: the same key is the same hand-off, also when the
 * process died after the sink did its work and before the row was settled).
 */
@FunctionalInterface
public interface HandOffSink {
  void accept(long key, Action.HandOff handOff) throws Exception;
}
