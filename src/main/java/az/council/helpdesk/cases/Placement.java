package az.council.helpdesk.cases;

import java.util.Optional;

/**
 * Where a message is (or goes) in the staff chat: a forum topic ({@code message_thread_id}) and/or a reply to a
 * message ({@code reply_to_message} / {@code reply_parameters}). Both empty: the group's general chat.
 */
public record Placement(Optional<Integer> threadId, Optional<Integer> replyTo) {
  public static final Placement GENERAL = new Placement(Optional.empty(), Optional.empty());

  public static Placement topic(int threadId) {
    return new Placement(Optional.of(threadId), Optional.empty());
  }

  public static Placement replyTo(int messageId) {
    return new Placement(Optional.empty(), Optional.of(messageId));
  }

  /** The same thread, answering {@code messageId}. */
  public Placement replying(int messageId) {
    return new Placement(threadId, Optional.of(messageId));
  }
}
