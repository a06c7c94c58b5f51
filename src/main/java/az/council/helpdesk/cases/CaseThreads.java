package az.council.helpdesk.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The staff-side threads of cases (SQLite: {@code store.SqliteCaseThreads}): creating them exactly once, the
 * backlog while they are created, and which staff messages belong to which case.
 */
public interface CaseThreads {

  /** NONE → PENDING; true for exactly one caller, who must create the thread. */
  boolean begin(long caseId, Instant at);

  /** Resets the pending time of a thread whose creation is re-issued. */
  void retry(long caseId, Instant at);

  /**
   * The forum topic exists: PENDING → READY; returns the backlog, which is emptied. Empty when the case already
   * has a topic (a re-issued creation made a second one).
   */
  Optional<List<Queued>> topicCreated(long caseId, int threadId);

  /** The summary was posted; in reply-thread mode this makes the thread READY and returns the backlog. */
  List<Queued> anchored(long caseId, int anchorId);

  /** Returns the case when its thread is READY (relay now); otherwise queues {@code item} and returns empty. */
  Optional<Case> relayOrQueue(long caseId, Queued item);

  /** The case a staff message belongs to: by forum topic, reply-thread root, or a linked message replied to. */
  Optional<Case> at(Placement where);

  /** Records a staff-chat message of the case and, for relays, its counterpart in the user's chat. */
  void link(long caseId, int staffMessageId, Optional<Integer> userMessageId, Direction direction);

  /** The copy in the staff chat of the user's message. */
  Optional<Integer> staffCopyOf(long caseId, int userMessageId);

  /** The copy at the user of a member's staff-chat message. */
  Optional<Integer> userCopyOf(long caseId, int staffMessageId);

  enum Direction {
    /** From the user into the staff chat. */
    IN,
    /** From a member to the user. */
    OUT,
    /** The bot's own post. */
    BOT
  }
}
