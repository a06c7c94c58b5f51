package az.council.helpdesk.telegram;

import az.council.helpdesk.conversation.Action;

/**
 * Where a hand-off to a Council member goes once it leaves the outbox. The cases feature implements it (open
 * a case, post to the staff group); until then {@link RecordedHandOffs} keeps each one as a row. A sink that
 * throws is called again later with backoff, so nothing is lost; it must therefore tolerate a repeat.
 */
@FunctionalInterface
public interface HandOffSink {
  void accept(Action.HandOff handOff) throws Exception;
}
