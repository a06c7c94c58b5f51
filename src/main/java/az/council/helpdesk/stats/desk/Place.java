package az.council.helpdesk.stats.desk;

import java.util.Optional;

/** A chat and, in a forum group, the topic ({@code message_thread_id}) a command came from and answers go to. */
public record Place(long chatId, Optional<Integer> threadId) {
  public static Place chat(long chatId) {
    return new Place(chatId, Optional.empty());
  }

  public static Place topic(long chatId, int threadId) {
    return new Place(chatId, Optional.of(threadId));
  }
}
