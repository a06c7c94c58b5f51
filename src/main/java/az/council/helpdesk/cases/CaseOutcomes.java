package az.council.helpdesk.cases;

import az.council.helpdesk.faq.Topic;

/**
 * What the statistics learn from cases; the statistics feature implements it and the application wires it
 * (the desk never reads statistics back). Calls happen after the desk's own transaction has committed.
 */
public interface CaseOutcomes {

  /** A case was closed by a member or cancelled by the user. */
  void finished(CaseReport report);

  /** A member corrected the case's topic ({@code /topic}); it wins over the bot's guess. */
  void topicCorrected(long caseId, long telegramUserId, Topic topic);

  /** The user answered "did we help?". */
  void rated(long caseId, long telegramUserId, boolean helpful);
}
