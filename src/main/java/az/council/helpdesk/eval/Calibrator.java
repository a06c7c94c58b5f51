package az.council.helpdesk.eval;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.ConfidenceModel;
import az.council.helpdesk.triage.Evidence;
import az.council.helpdesk.triage.QuestionText;
import az.council.helpdesk.triage.Triage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the {@link ConfidenceModel} on the dev split: a logistic regression from {@link Evidence} to "the
 * best entry is right", then the thresholds. The scope thresholds are the loosest pair that still
 * recognises at least {@value #OOS_TARGET} of out-of-scope questions while wrongly rejecting as few in-scope
 * ones as possible; the answer threshold is the lowest probability at which confident answers are right at
 * least {@value #PRECISION_TARGET} of the time.
 */
public final class Calibrator {
  static final double OOS_TARGET = 0.8;
  static final double PRECISION_TARGET = 0.95;
  private final Triage triage;

  public Calibrator(Triage triage) {
    this.triage = triage;
  }

  private record Sample(Evidence evidence, boolean inScope, boolean right) {}

  public ConfidenceModel fit(List<EvalQuestion> dev) {
    List<Sample> samples = new ArrayList<>();
    for (EvalQuestion q : dev) {
      if (q.kind() == EvalQuestion.Kind.URGENT) {
        continue;
      }
      Triage.Analysis a = triage.analyse(QuestionText.clean(q.text()), Language.EN);
      boolean right = !a.hits().isEmpty() && q.acceptable().contains(a.hits().get(0).entry().id());
      samples.add(new Sample(a.evidence(), q.kind() == EvalQuestion.Kind.FAQ, right));
    }
    double[] w = logistic(samples);
    ConfidenceModel model = triage.model().withWeights(w);
    double answer = answerThreshold(model, samples);
    List<Sample> unsure = samples.stream().filter(s -> model.probability(s.evidence()) < answer).toList();
    double[] scope = scopeThresholds(unsure, samples.stream().filter(s -> !s.inScope()).count());
    return model.withThresholds(answer, scope[0], scope[1]);
  }

  private static double[] features(Evidence e) {
    return new double[] {1, e.coverage(), e.gap(), e.known(), Math.min(e.terms(), 8) / 8.0};
  }

  private static double[] logistic(List<Sample> samples) {
    double[] w = new double[5];
    double rate = 0.5;
    double l2 = 1e-3;
    for (int iteration = 0; iteration < 5000; iteration++) {
      double[] gradient = new double[w.length];
      for (Sample s : samples) {
        double[] x = features(s.evidence());
        double z = 0;
        for (int i = 0; i < w.length; i++) {
          z += w[i] * x[i];
        }
        double error = 1 / (1 + Math.exp(-z)) - (s.right() ? 1 : 0);
        for (int i = 0; i < w.length; i++) {
          gradient[i] += error * x[i];
        }
      }
      for (int i = 0; i < w.length; i++) {
        w[i] -= rate * (gradient[i] / samples.size() + (i == 0 ? 0 : l2 * w[i]));
      }
    }
    return w;
  }

  /** Scope thresholds over the questions the model is unsure of; {@code oos} counts all out-of-scope ones. */
  private static double[] scopeThresholds(List<Sample> samples, long oos) {
    double[] best = {0, 0};
    long bestLost = Long.MAX_VALUE;
    for (double c = 0; c <= 0.6; c += 0.01) {
      for (double k = 0; k <= 0.8; k += 0.02) {
        double cc = c;
        double kk = k;
        long caught = samples.stream().filter(s -> !s.inScope() && isOut(s.evidence(), cc, kk)).count();
        if (oos > 0 && (double) caught / oos < OOS_TARGET) {
          continue;
        }
        long lost = samples.stream().filter(s -> s.inScope() && isOut(s.evidence(), cc, kk)).count();
        if (lost < bestLost) {
          bestLost = lost;
          best = new double[] {c, k};
        }
      }
    }
    return best;
  }

  private static boolean isOut(Evidence e, double coverage, double known) {
    return e.known() < known || e.coverage() < coverage;
  }

  private static double answerThreshold(ConfidenceModel model, List<Sample> samples) {
    List<Sample> inScope = samples.stream().filter(Sample::inScope).toList();
    for (double t = 0.05; t < 0.99; t += 0.01) {
      double tt = t;
      List<Sample> answered = inScope.stream().filter(s -> model.probability(s.evidence()) >= tt).toList();
      long right = answered.stream().filter(Sample::right).count();
      if (!answered.isEmpty() && (double) right / answered.size() >= PRECISION_TARGET) {
        return Math.round(t * 100) / 100.0;
      }
    }
    return 0.99;
  }

  /** Formats a fitted model the way {@code triage/confidence.properties} stores it. */
  public static String properties(ConfidenceModel m) {
    return String.format(Locale.ROOT,
        "bias=%.4f%ncoverage=%.4f%ngap=%.4f%nknown=%.4f%nterms=%.4f%nthreshold.answer=%.2f%n"
            + "threshold.scope.coverage=%.2f%nthreshold.scope.known=%.2f%nthreshold.scope.probability=%.2f%n",
        m.bias(), m.wCoverage(), m.wGap(), m.wKnown(), m.wTerms(), m.answerThreshold(), m.scopeCoverage(),
        m.scopeKnown(), m.scopeProbability());
  }
}
