package az.council.helpdesk.store;

/**
 * One row of the outbox: a call to make towards {@code chatId}, in id order per chat. {@code kind} and
 * {@code payload} are the Telegram adapter's own encoding; the store does not read them.
 */
public record OutboxEntry(long id, long chatId, String kind, String payload, int attempts, long notBeforeMillis,
    long createdAtMillis) {

  /** A row to insert. */
  public record New(long chatId, String kind, String payload) {}

  public OutboxEntry withAttempt(long notBefore) {
    return new OutboxEntry(id, chatId, kind, payload, attempts + 1, notBefore, createdAtMillis);
  }
}
