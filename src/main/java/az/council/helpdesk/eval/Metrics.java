package az.council.helpdesk.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The bar from the search-core issue, computed for one slice of the dev set.
 *
 * @param answerPrecision share of confident answers (to in-scope questions) that were right
 * @param answerRate share of in-scope questions answered confidently rather than with suggestions
 */
public record Metrics(
    int faq, int oos, int urgent, double topicTop1, double entryTop1, double entryTop3, double abstain,
    double oosRecognised, double urgentRecall, double falseUrgent, double answerPrecision, double answerRate) {

  public static Metrics of(List<EvalQuestion> questions, Function<EvalQuestion, Prediction> predict) {
    int faq = 0, oos = 0, urgent = 0, nonUrgent = 0;
    int topic1 = 0, entry1 = 0, entry3 = 0, abstained = 0, recognised = 0, urgentHit = 0, falseUrgent = 0;
    int answered = 0, answeredRight = 0;
    for (EvalQuestion q : questions) {
      Prediction p = predict.apply(q);
      boolean saidUrgent = p.verdict() == Prediction.Verdict.URGENT;
      if (q.kind() == EvalQuestion.Kind.URGENT) {
        urgent++;
        urgentHit += saidUrgent ? 1 : 0;
        continue;
      }
      nonUrgent++;
      falseUrgent += saidUrgent ? 1 : 0;
      if (q.kind() == EvalQuestion.Kind.OOS) {
        oos++;
        abstained += p.verdict() == Prediction.Verdict.OUT_OF_SCOPE || p.verdict() == Prediction.Verdict.SUGGEST ? 1 : 0;
        recognised += p.verdict() == Prediction.Verdict.OUT_OF_SCOPE ? 1 : 0;
        continue;
      }
      faq++;
      List<String> ok = q.acceptable();
      boolean inScope = p.verdict() != Prediction.Verdict.OUT_OF_SCOPE;
      List<String> ranking = inScope ? p.ranking() : List.of();
      topic1 += inScope && p.topic().isPresent() && p.topic().equals(q.topic()) ? 1 : 0;
      boolean right = !ranking.isEmpty() && ok.contains(ranking.get(0));
      entry1 += right ? 1 : 0;
      entry3 += ranking.stream().limit(3).anyMatch(ok::contains) ? 1 : 0;
      if (p.verdict() == Prediction.Verdict.ANSWER) {
        answered++;
        answeredRight += right ? 1 : 0;
      }
    }
    return new Metrics(faq, oos, urgent, share(topic1, faq), share(entry1, faq), share(entry3, faq),
        share(abstained, oos), share(recognised, oos), share(urgentHit, urgent), share(falseUrgent, nonUrgent),
        share(answeredRight, answered), share(answered, faq));
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
