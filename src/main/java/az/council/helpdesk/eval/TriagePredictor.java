package az.council.helpdesk.eval;

import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Adapts the real engine to the evaluation's {@link Prediction}. */
public final class TriagePredictor {
  private final Triage triage;

  public TriagePredictor(Triage triage) {
    this.triage = triage;
  }

  public Prediction predict(String question) {
    TriageResult result = triage.triage(question);
    Prediction.Verdict verdict = switch (result.reply()) {
      case Reply.Answer a -> Prediction.Verdict.ANSWER;
      case Reply.Suggestions s -> Prediction.Verdict.SUGGEST;
      case Reply.OutOfScope o -> Prediction.Verdict.OUT_OF_SCOPE;
      case Reply.Unreadable u -> Prediction.Verdict.OUT_OF_SCOPE; // no answer given: an abstention
      case Reply.Urgent u -> Prediction.Verdict.URGENT;
    };
    List<String> ranking = result.ranking().stream().map(FaqEntry::id).toList();
    return new Prediction(verdict, ranking, result.ranking().stream().findFirst().map(FaqEntry::topic).map(Topic::id));
  }

  /** Prints each question the engine got wrong, for whoever tunes it (dev split only, by convention). */
  public void printMisses(PrintWriter out, List<EvalQuestion> questions) {
    out.println();
    out.println("misses:");
    for (EvalQuestion q : questions) {
      Prediction p = predict(q.text());
      TriageResult r = triage.triage(q.text());
      boolean wrong = switch (q.kind()) {
        case FAQ -> p.verdict() == Prediction.Verdict.URGENT || p.verdict() == Prediction.Verdict.OUT_OF_SCOPE
            || p.ranking().stream().limit(3).noneMatch(q.acceptable()::contains)
            || !p.topic().equals(q.topic());
        case OOS -> p.verdict() == Prediction.Verdict.ANSWER || p.verdict() == Prediction.Verdict.URGENT;
        case URGENT -> p.verdict() != Prediction.Verdict.URGENT;
      };
      if (wrong) {
        out.printf(Locale.ROOT, "  [%s %s %s] %s%n    expected %s, got %s %s (conf %.2f, lang %s)%n", q.split(),
            q.language().tag(), q.kind(), q.text(), q.entry().orElse("-"), p.verdict(),
            p.ranking().stream().limit(3).toList(), r.confidence(), r.language().tag());
      }
    }
  }
}
