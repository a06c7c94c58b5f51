package az.council.helpdesk.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Turns {@link Evidence} into a probability that the best entry is the right one, with a logistic model
 * fitted on the labelled dev set ({@code eval --calibrate} prints new weights). Also holds the two decision
 * thresholds, tuned on the same set: below {@code answer} the bot offers suggestions instead of answering;
 * below {@code scope} coverage and known-vocabulary the question is out of scope.
 */
public record ConfidenceModel(
    double bias, double wCoverage, double wGap, double wKnown, double wTerms,
    double answerThreshold, double scopeCoverage, double scopeKnown, double scopeProbability) {

  static final String RESOURCE = "/triage/confidence.properties";

  public double probability(Evidence e) {
    double z = bias + wCoverage * e.coverage() + wGap * e.gap() + wKnown * e.known()
        + wTerms * Math.min(e.terms(), 8) / 8.0;
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Out of scope: an unlikely match (below {@code scopeProbability}), and too little of the question is the
   * vocabulary people use for FAQ questions or the best entry explains too little of it. A likely match is
   * never out of scope, so a question full of typos or personal detail ("I am a small business owner from
   * Georgia") that still clearly hits an entry gets its answer or suggestions rather than "I cannot help".
   */
  public boolean outOfScope(Evidence e) {
    return probability(e) < scopeProbability && (e.known() < scopeKnown || e.coverage() < scopeCoverage);
  }

  public static ConfidenceModel load() {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties p = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
      return new ConfidenceModel(
          d(p, "bias"), d(p, "coverage"), d(p, "gap"), d(p, "known"), d(p, "terms"),
          d(p, "threshold.answer"), d(p, "threshold.scope.coverage"), d(p, "threshold.scope.known"),
          d(p, "threshold.scope.probability"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double d(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(RESOURCE + " lacks " + key);
    }
    return Double.parseDouble(value.strip());
  }

  public ConfidenceModel withWeights(double[] w) {
    return new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], answerThreshold, scopeCoverage, scopeKnown,
        scopeProbability);
  }

  public ConfidenceModel withThresholds(double answer, double coverage, double known) {
    return new ConfidenceModel(bias, wCoverage, wGap, wKnown, wTerms, answer, coverage, known, scopeProbability);
  }
}
