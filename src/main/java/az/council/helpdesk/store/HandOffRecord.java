package az.council.helpdesk.store;

import java.util.List;
import java.util.Optional;

/** A hand-off to a Council member as the adapter records it until the cases feature takes it over. */
public record HandOffRecord(long userId, long chatId, String language, String reason, Optional<String> urgency,
    List<String> recentQuestions, long createdAtMillis) {
  public HandOffRecord {
    recentQuestions = List.copyOf(recentQuestions);
  }
}
