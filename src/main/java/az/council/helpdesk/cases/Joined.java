package az.council.helpdesk.cases;

import java.util.List;

/**
 * The result of {@link CaseStore#openOrJoin}: the user's open case, whether this hand-off created it, and for
 * a joined case what is new (questions not seen before, urgency raised from none).
 */
public record Joined(Case opened, boolean created, List<String> newQuestions, boolean escalated) {
  public Joined {
    newQuestions = List.copyOf(newQuestions);
  }
}
