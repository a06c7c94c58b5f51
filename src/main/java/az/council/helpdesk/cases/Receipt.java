package az.council.helpdesk.cases;

/**
 * Attached to an action whose resulting message id the desk needs: after performing it the adapter calls
 * {@link CaseDesk#delivered(Receipt, int)} with the id of the message it produced (or {@link
 * CaseDesk#undelivered} when Telegram refused for good).
 *
 * @param sourceMessageId the message that was relayed (user's or member's); 0 for the bot's own posts
 */
public record Receipt(long caseId, Kind kind, int sourceMessageId) {
  public enum Kind {
    /** The case summary; in reply-thread mode its id anchors the thread. */
    SUMMARY,
    /** Another post of the bot in the case thread. */
    NOTICE,
    /** A user's message copied into the staff chat. */
    USER_MESSAGE,
    /** A member's message relayed to the user. */
    MEMBER_MESSAGE
  }

  public static Receipt notice(long caseId) {
    return new Receipt(caseId, Kind.NOTICE, 0);
  }
}
