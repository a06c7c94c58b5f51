package az.council.helpdesk.eval;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.util.List;
import java.util.Optional;

/**
 * One labelled question of the dev set ({@code src/test/resources/eval/questions.jsonl}).
 *
 * @param urgency for an urgent question that no rule recognises, the kind of emergency it is, so the learnt
 *     model can be taught it (the rules label the others)
 */
public record EvalQuestion(
    String text, Language language, Kind kind, Optional<String> entry, List<String> alsoOk,
    Optional<String> topic, String note, String split, Optional<Urgency> urgency) {

  public enum Kind { FAQ, OOS, URGENT }

  public EvalQuestion {
    alsoOk = List.copyOf(alsoOk);
  }

  /** Entries that count as a right answer. */
  public List<String> acceptable() {
    return entry.map(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e), alsoOk.stream()).toList())
        .orElse(alsoOk);
  }
}
