package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ConfidenceModelTest {
  private final ConfidenceModel model = ConfidenceModel.load();

  /** Evidence whose probability under the shipped model is {@code p}, with the given share of known words. */
  private Evidence withProbability(double p, double known) {
    double z = Math.log(p / (1 - p));
    // Solve the logistic for the gap, keeping the other features fixed.
    double coverage = 0.5;
    double terms = 4;
    double gap = (z - model.bias() - model.wCoverage() * coverage - model.wKnown() * known
        - model.wTerms() * terms / 8.0) / model.wGap();
    return new Evidence(coverage, gap, known, (int) terms);
  }

  @Test
  void aLikelyMatch_isNeverOutOfScope_evenWhenFewWordsAreFaqVocabulary() {
    Evidence e = withProbability(model.scopeProbability() + 0.05, model.scopeKnown() - 0.2);
    assertThat(model.probability(e)).isLessThan(model.answerThreshold());
    assertThat(model.outOfScope(e)).isFalse();
  }

  @Test
  void anUnlikelyMatch_withFewFaqWords_isOutOfScope() {
    Evidence e = withProbability(model.scopeProbability() - 0.1, model.scopeKnown() - 0.2);
    assertThat(model.outOfScope(e)).isTrue();
  }

  @Test
  void anUnlikelyMatch_inFaqVocabulary_getsSuggestionsNotOutOfScope() {
    Evidence e = withProbability(model.scopeProbability() - 0.1, Math.min(1, model.scopeKnown() + 0.3));
    assertThat(model.outOfScope(e)).isFalse();
  }
}
