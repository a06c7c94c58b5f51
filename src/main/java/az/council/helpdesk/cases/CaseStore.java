package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.triage.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Cases and their lifecycle (SQLite: {@code store.SqliteCaseStore}). Every method is one transaction;
 * transitions return whether they happened, so two members pressing Claim at once cannot both win.
 */
public interface CaseStore {

  /** Opens a case, or joins the user's open one (appending new questions, raising urgency from none). */
  Joined openOrJoin(NewCase request);

  Optional<Case> find(long caseId);

  Optional<Case> openCaseOf(long userId);

  /** Open and claimed cases, oldest first. */
  List<Case> active();

  /** The questions asked before the hand-off, in order. */
  List<String> questions(long caseId);

  /** open → claimed by {@code memberId}. */
  boolean claim(long caseId, long memberId, Instant at);

  /** open or claimed → claimed by {@code memberId} (a transfer to a member). */
  boolean assign(long caseId, long memberId, Instant at);

  /** claimed → open, announced afresh to its group. */
  boolean release(long caseId, Instant at);

  /** open or claimed → open in another working group, announced afresh. */
  boolean regroup(long caseId, String groupId, Instant at);

  /** Marks an active case urgent (from not urgent) for {@code groupId}, restarting the announcement timer. */
  boolean escalate(long caseId, Urgency urgency, String groupId, Instant at);

  void correctTopic(long caseId, Topic topic);

  /** open or claimed → closed (with an outcome) or cancelled. */
  boolean finish(long caseId, CaseStatus status, Optional<Outcome> outcome, Optional<String> note,
      Optional<Long> by, Instant at);

  /** Stores the user's rating; false unless the case is theirs and finished (forged button data). */
  boolean rate(long caseId, long userId, boolean helpful);

  void memberReplied(long caseId, Instant at);

  /** The user wrote: starts the waiting time unless it already runs. */
  void userWrote(long caseId, Instant at);

  void reminded(long caseId, Instant at);

  void announced(long caseId, int stage, Instant at);

  /** {@code /forget}: deletes the person's question texts and message links and unlinks their finished cases. */
  void forget(long userId);

  /** Deletes question texts and message links of cases finished before {@code closedBefore}; returns cases. */
  int purgeTexts(Instant closedBefore);
}
