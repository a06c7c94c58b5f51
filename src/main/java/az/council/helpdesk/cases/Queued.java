package az.council.helpdesk.cases;

/** Something for the case thread that arrived while it was still being created. */
public sealed interface Queued {

  /** A user's message to copy into the thread. */
  record Copy(int userMessageId) implements Queued {}

  /** A note for the members (a repeated hand-off, an urgency flag). */
  record Note(String text) implements Queued {}
}
