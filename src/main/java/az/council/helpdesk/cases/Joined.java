package az.council.helpdesk.cases;

import java.util.List;

/**
 * The result of {@link CaseStore#openOrJoin}: the user's open case, whether this hand-off created it, and for
 * a joined case what is new (questions not seen before, urgency raised from none). {@code replayed}: this very
 * hand-off was performed before (a crash came between opening the case and settling the hand-off) and
 * {@code opened} is the case it created then, whatever its state now.
 */
public record Joined(Case opened, boolean created, List<String> newQuestions, boolean escalated, boolean replayed) {
  public Joined {
    newQuestions = List.copyOf(newQuestions);
  }
}
