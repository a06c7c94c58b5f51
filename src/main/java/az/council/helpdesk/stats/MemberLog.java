package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import java.time.Instant;
import java.util.List;

/**
 * What Council members' work adds to the inquiry log: cases (linked to the inquiry that opened them, the topic
 * a member corrected, the first member reply, the outcome) and consultations given in person or by phone.
 * The cases feature and the Telegram {@code /log} command call it; the statistics read it back.
 */
public interface MemberLog {

  /**
   * Case {@code caseId} was opened at {@code at} from inquiry {@code inquiryId}; the inquiry is marked escalated.
   * A case opened without a question ({@code /human}) first records an {@link Inquiry} with source CASE.
   * Calling it again for the same case links one more inquiry and keeps the first opening time.
   *
   * @return false when there is no such inquiry
   */
  boolean caseOpened(long caseId, long inquiryId, Instant at);

  /** A member's {@code /topic}: wins over the bot's guess for every inquiry of the case. False if no such case. */
  boolean topicCorrected(long caseId, Topic topic);

  /** A member wrote to the user; only the first call per case counts (time to first reply). */
  void memberReplied(long caseId, Instant at);

  /** The case closed with an outcome. False if no such case. */
  boolean caseClosed(long caseId, Outcome outcome, Instant at);

  /** The user answered "did we help?" after the case closed; stored on the case's inquiries. False if none. */
  boolean caseRated(long caseId, boolean helpful);

  /** Logs one consultation given outside the bot (the {@code /log} command); returns its inquiry id. */
  long recordOffline(OfflineConsultation consultation);

  /**
   * Takes back an offline consultation logged by mistake ({@code /log}'s undo button): removes the inquiry and
   * its anonymous person. False when {@code inquiryId} is not an offline consultation (nothing else is removed).
   */
  boolean withdrawOffline(long inquiryId);

  /**
   * Logs a file of offline consultations all at once, unless a file with the same content was imported before.
   *
   * @param sha256 the file's SHA-256 (hex), so the same file is never counted twice
   */
  ImportResult importOffline(List<OfflineConsultation> consultations, String sha256, String fileName);

  /** What {@link #importOffline} did. */
  sealed interface ImportResult {
    record Imported(int count) implements ImportResult {}

    record AlreadyImported(String fileName, Instant at) implements ImportResult {}
  }
}
