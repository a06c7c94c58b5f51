package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.conversation.Keyboard;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a case: closed by a member with an outcome (the user is asked "did we help?") or cancelled by the user.
 * The thread hears why, the summary loses its buttons, the forum topic is closed and the statistics are told.
 */
final class Finishing {
  private static final Logger log = LoggerFactory.getLogger(Finishing.class);
  private final CaseStore cases;
  private final ThreadPosts posts;
  private final StaffChat staff;
  private final CaseText userText;
  private final StaffText staffText;
  private final CaseOutcomes outcomes;
  private final Clock clock;

  Finishing(CaseStore cases, ThreadPosts posts, StaffChat staff, CaseText userText, StaffText staffText,
      CaseOutcomes outcomes, Clock clock) {
    this.cases = cases;
    this.posts = posts;
    this.staff = staff;
    this.userText = userText;
    this.staffText = staffText;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /** Empty when the case was no longer open (closed twice, or cancelled meanwhile). */
  Optional<List<StaffAction>> close(Case c, Member by, Outcome outcome, Optional<String> note) {
    Instant now = clock.instant();
    if (!cases.finish(c.id(), CaseStatus.CLOSED, Optional.of(outcome), note, Optional.of(by.userId()), now)) {
      return Optional.empty();
    }
    log.info("case {} closed by {}: {}", c.id(), by.userId(), outcome.id());
    Case closed = cases.find(c.id()).orElseThrow();
    String text = staffText.get("closed", by.display(), staffText.outcome(outcome))
        + note.map(n -> "\n" + staffText.get("closed.note", n)).orElse("");
    List<StaffAction> actions = ending(closed, text);
    actions.add(new StaffAction.SendToUser(c.chatId(), userText.closed(closed), userText.rating(closed),
        Optional.empty()));
    outcomes.finished(CaseReport.of(closed, now));
    return Optional.of(actions);
  }

  /** The user's {@code /cancel}; empty when the case was no longer open. */
  Optional<List<StaffAction>> cancel(Case c) {
    Instant now = clock.instant();
    if (!cases.finish(c.id(), CaseStatus.CANCELLED, Optional.empty(), Optional.empty(), Optional.empty(), now)) {
      return Optional.empty();
    }
    log.info("case {} cancelled by the user", c.id());
    Case cancelled = cases.find(c.id()).orElseThrow();
    List<StaffAction> actions = ending(cancelled, staffText.get("cancelled"));
    actions.add(new StaffAction.SendToUser(c.chatId(), userText.cancelled(cancelled), Keyboard.NONE,
        Optional.empty()));
    outcomes.finished(CaseReport.of(cancelled, now));
    return Optional.of(actions);
  }

  private List<StaffAction> ending(Case c, String notice) {
    List<StaffAction> actions = new ArrayList<>(posts.note(c.id(), notice));
    posts.refreshSummary(c.id()).ifPresent(actions::add);
    c.threadId().ifPresent(t -> actions.add(new StaffAction.CloseTopic(staff.chatId(), t)));
    return actions;
  }
}
