package az.council.helpdesk.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The posts every part of the desk makes in a case's thread: the summary, its refresh, the backlog. */
final class ThreadPosts {
  private final StaffChat staff;
  private final CaseSummary summary;
  private final Announcer announcer;
  private final CaseStore cases;
  private final CaseThreads threads;
  private final RosterStore roster;

  ThreadPosts(StaffChat staff, CaseSummary summary, Announcer announcer, CaseStore cases, CaseThreads threads,
      RosterStore roster) {
    this.staff = staff;
    this.summary = summary;
    this.announcer = announcer;
    this.cases = cases;
    this.threads = threads;
    this.roster = roster;
  }

  /** The summary with its buttons, announcing the case to its working group. */
  StaffAction summary(Case c, Placement where) {
    MentionText text = announcer.announce(c, summaryText(c) + "\n\n");
    return staff.summary(c.id(), where, text, summary.buttons(c));
  }

  /** The summary edited to the case's current state (buttons gone once finished). */
  Optional<StaffAction> refreshSummary(long caseId) {
    return cases.find(caseId).flatMap(c -> c.anchorId().map(a -> staff.edit(a, summaryText(c), summary.buttons(c))));
  }

  /** What waited in the backlog, now that the thread exists. */
  List<StaffAction> flush(Case c, List<Queued> backlog) {
    List<StaffAction> actions = new ArrayList<>();
    for (Queued item : backlog) {
      actions.add(switch (item) {
        case Queued.Copy copy -> staff.copyIn(c, copy.userMessageId());
        case Queued.Note note -> staff.post(c, note.text());
      });
    }
    return actions;
  }

  /**
   * Posts {@code lead} with the case's working group mentioned (after it became urgent, say); queued without
   * mentions when the thread does not exist yet, as its summary will announce the case anyway.
   */
  List<StaffAction> announce(long caseId, String lead) {
    return threads.relayOrQueue(caseId, new Queued.Note(lead))
        .map(c -> List.of(staff.post(c, announcer.announce(c, lead + "\n")))).orElse(List.of());
  }

  /** Posts {@code text} in the thread now, or queues it until the thread exists. */
  List<StaffAction> note(long caseId, String text) {
    return threads.relayOrQueue(caseId, new Queued.Note(text)).map(c -> List.of(staff.post(c, text)))
        .orElse(List.of());
  }

  private String summaryText(Case c) {
    Optional<Member> holder = c.claimedBy().flatMap(roster::find);
    return summary.render(c, cases.questions(c.id()), holder);
  }
}
