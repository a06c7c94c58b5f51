package az.council.helpdesk.stats;

import java.util.Optional;

/**
 * The inquiry log the conversation writes to (implemented over SQLite by the statistics feature). Every
 * method takes the raw Telegram user id and pseudonymises it before storing anything.
 */
public interface InquiryLog {

  /** Logs one inquiry and returns its id (used by the helpful / not helpful buttons). */
  long record(Inquiry inquiry);

  /**
   * Stores helpful / not helpful for an inquiry; ignored (returns false) unless the inquiry belongs to
   * this user, so forged button data cannot rate someone else's answer.
   */
  boolean rate(long inquiryId, long telegramUserId, boolean helpful);

  /**
   * Records the person's citizenship for statistics: an ISO 3166 alpha-2 code, or one of
   * {@code azerbaijani-abroad}, {@code stateless}, {@code unknown} (prefer not to say).
   */
  void citizenship(long telegramUserId, String citizenship);

  /** The citizenship recorded for the person, if any. */
  Optional<String> citizenshipOf(long telegramUserId);

  /** {@code /forget}: unlinks the person's rows (they stay countable) and deletes what identifies them. */
  void forget(long telegramUserId);
}
