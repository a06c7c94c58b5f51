package az.council.helpdesk.cases;

/**
 * The case's thread in the staff group. {@code PENDING} while the forum topic (or, in reply-thread mode, the
 * summary that anchors the thread) is being created: only the caller that moved the case from {@code NONE} to
 * {@code PENDING} creates it, everything else arriving meanwhile waits in the backlog.
 */
public enum ThreadState {
  NONE, PENDING, READY
}
