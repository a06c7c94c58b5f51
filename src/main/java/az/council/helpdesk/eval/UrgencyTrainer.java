package az.council.helpdesk.eval;

import az.council.helpdesk.triage.Urgency;
import az.council.helpdesk.triage.UrgencyDetector;
import az.council.helpdesk.triage.UrgencyModel;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Fits the {@link UrgencyModel} on labelled questions with LIBLINEAR's L2-regularised logistic regression,
 * one class against the rest. The class of an urgent question is the one the rules give it, or its
 * {@code urgency} label when no rule matches; ordinary and out-of-scope questions are "no emergency". Each
 * class's positives weigh as much as its negatives, so the rare classes are not drowned by the common one.
 */
public final class UrgencyTrainer {
  /** C and the threshold: chosen by cross-validation on the dev split (see the README). */
  public static final double C = 30;
  /**
   * The lowest threshold at which cross-validated false alarms of the model as the detector uses it stay at
   * or below 1 %: recall comes first.
   */
  public static final double THRESHOLD = 0.45;

  private final UrgencyDetector rules = UrgencyDetector.rulesOnly();
  private final double c;
  private final double threshold;

  public UrgencyTrainer() {
    this(C, THRESHOLD);
  }

  public UrgencyTrainer(double c, double threshold) {
    this.c = c;
    this.threshold = threshold;
  }

  /** Figures of a cross-validation at one threshold: the model alone, and the rules with the model behind them. */
  public record Validation(double threshold, int urgent, int calm, double modelRecall, double modelFalse,
      double gatedRecall, double gatedFalse, double combinedRecall, double combinedFalse, double kindAgreement) {}

  private record Scored(boolean urgent, UrgencyDetector.RulesVerdict rules, double probability,
      double statedProbability, boolean kindAgrees) {}

  public UrgencyModel fit(List<EvalQuestion> questions) {
    List<Integer> labels = questions.stream().map(this::label).toList();
    TreeSet<Integer> present = new TreeSet<>(labels);
    present.add(0);
    List<Urgency> urgencies = present.stream().filter(l -> l > 0).map(l -> Urgency.values()[l - 1]).toList();
    UrgencyModel empty = UrgencyModel.untrained(urgencies, threshold);
    int buckets = empty.buckets();
    Problem problem = new Problem();
    problem.l = questions.size();
    problem.n = buckets + 1;
    problem.bias = 1;
    problem.x = new Feature[questions.size()][];
    problem.y = new double[questions.size()];
    for (int i = 0; i < questions.size(); i++) {
      problem.x[i] = features(empty.buckets(questions.get(i).text()), buckets);
      problem.y[i] = labels.get(i);
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.01);
    int[] classes = present.stream().mapToInt(Integer::intValue).toArray();
    double[] weights = new double[classes.length];
    for (int k = 0; k < classes.length; k++) {
      int label = classes[k];
      long positives = labels.stream().filter(l -> l == label).count();
      weights[k] = positives == 0 ? 1 : (double) (labels.size() - positives) / positives;
    }
    parameter.setWeights(weights, classes);
    parameter.setRandom(new Random(0));
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, parameter);
    return empty.withWeights(rows(model, present.stream().toList(), buckets));
  }

  /** Trains on all but one contiguous fold at a time and scores the fold left out, at each threshold. */
  public List<Validation> crossValidate(List<EvalQuestion> questions, int folds, List<Double> thresholds) {
    List<Scored> scored = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int from = questions.size() * f / folds;
      int to = questions.size() * (f + 1) / folds;
      List<EvalQuestion> training = new ArrayList<>(questions.subList(0, from));
      training.addAll(questions.subList(to, questions.size()));
      UrgencyModel model = fit(training);
      for (EvalQuestion q : questions.subList(from, to)) {
        boolean urgent = q.kind() == EvalQuestion.Kind.URGENT;
        scored.add(new Scored(urgent, rules.rules(q.text()), model.probability(q.text()),
            model.probability(UrgencyDetector.statements(q.text())),
            urgent && model.kind(q.text()).ordinal() + 1 == label(q)));
      }
    }
    return thresholds.stream().map(t -> validation(scored, t)).toList();
  }

  private static Validation validation(List<Scored> scored, double threshold) {
    int urgent = 0;
    int calm = 0;
    int agreeing = 0;
    int[] model = new int[2];
    int[] gated = new int[2];
    int[] combined = new int[2];
    for (Scored s : scored) {
      int kind = s.urgent() ? 0 : 1;
      urgent += s.urgent() ? 1 : 0;
      agreeing += s.kindAgrees() ? 1 : 0;
      calm += s.urgent() ? 0 : 1;
      boolean byModel = s.probability() >= threshold;
      model[kind] += byModel ? 1 : 0;
      // As the detector combines them: the rules first, then the model where no rule judged a question and
      // what the person states is alarming without the worried questions.
      boolean passesGate = byModel && !s.rules().askedAboutRules() && s.statedProbability() >= threshold;
      gated[kind] += passesGate ? 1 : 0;
      combined[kind] += s.rules().urgency().isPresent() || passesGate ? 1 : 0;
    }
    return new Validation(threshold, urgent, calm, (double) model[0] / urgent, (double) model[1] / calm,
        (double) gated[0] / urgent, (double) gated[1] / calm, (double) combined[0] / urgent,
        (double) combined[1] / calm, (double) agreeing / urgent);
  }

  private int label(EvalQuestion q) {
    if (q.kind() != EvalQuestion.Kind.URGENT) {
      return 0;
    }
    Optional<Urgency> reason = q.urgency().or(() -> rules.detect(q.text()));
    return 1 + reason.orElseThrow(() -> new IllegalArgumentException(
        "no rule matches this urgent question; give it an \"urgency\" label: " + q.text())).ordinal();
  }

  private static Feature[] features(int[] buckets, int count) {
    Feature[] x = new Feature[buckets.length + 1];
    double value = buckets.length == 0 ? 0 : 1 / Math.sqrt(buckets.length);
    for (int i = 0; i < buckets.length; i++) {
      x[i] = new FeatureNode(buckets[i] + 1, value);
    }
    x[buckets.length] = new FeatureNode(count + 1, 1);
    return x;
  }

  /** LIBLINEAR's weights as one row per class in the order of {@code labels}, the bias last. */
  private static float[][] rows(Model model, List<Integer> labels, int buckets) {
    double[] w = model.getFeatureWeights();
    int[] order = model.getLabels();
    float[][] rows = new float[labels.size()][buckets + 1];
    int columns = model.getNrClass() == 2 ? 1 : model.getNrClass();
    for (int k = 0; k < order.length; k++) {
      int row = labels.indexOf(order[k]);
      // With two classes LIBLINEAR keeps one vector, for its first label; the other is its negation.
      int column = columns == 1 ? 0 : k;
      double sign = columns == 1 && k == 1 ? -1 : 1;
      for (int j = 0; j <= buckets; j++) {
        rows[row][j] = (float) (sign * w[j * columns + column]);
      }
    }
    return rows;
  }
}
