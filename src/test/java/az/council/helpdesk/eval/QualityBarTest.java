package az.council.helpdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.support.RealFaq;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bar from the search-core issue, on the labelled dev split: the build fails if the engine drops below
 * it. The held-out split is not gated (it is reported in the README and the issue notes), so nobody tunes on
 * it by accident.
 */
final class QualityBarTest {
  private static List<EvalQuestion> dev;
  private static TriagePredictor engine;

  @BeforeAll
  static void load() {
    dev = EvalSet.read(Path.of("src/test/resources/eval/questions.jsonl")).stream()
        .filter(q -> q.split().equals("dev")).toList();
    engine = new TriagePredictor(RealFaq.triage());
  }

  private static Metrics metrics(Language language) {
    return Metrics.of(dev.stream().filter(q -> q.language() == language).toList(), q -> engine.predict(q.text()));
  }

  @Test
  void devSet_isLargeAndVariedEnough() {
    assertThat(dev).hasSizeGreaterThanOrEqualTo(300);
    for (Language language : Language.values()) {
      assertThat(dev.stream().filter(q -> q.language() == language)).hasSizeGreaterThanOrEqualTo(90);
    }
    assertThat(dev.stream().filter(q -> q.note().equals("no-diacritics"))).hasSizeGreaterThanOrEqualTo(30);
    assertThat(dev.stream().filter(q -> q.kind() == EvalQuestion.Kind.OOS)).hasSizeGreaterThanOrEqualTo(30);
    assertThat(dev.stream().filter(q -> q.kind() == EvalQuestion.Kind.URGENT)).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void topicTop1_atLeast90PercentPerLanguage(Language language) {
    assertThat(metrics(language).topicTop1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void entryTop3_atLeast95Percent() {
    assertThat(Metrics.of(dev, q -> engine.predict(q.text())).entryTop3()).isGreaterThanOrEqualTo(0.95);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void outOfScope_abstainsAtLeast90PercentPerLanguage(Language language) {
    assertThat(metrics(language).abstain()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void urgent_allRecognised_andFalseAlarmsAtMost5Percent() {
    Metrics all = Metrics.of(dev, q -> engine.predict(q.text()));
    assertThat(all.urgentRecall()).isEqualTo(1.0);
    assertThat(all.falseUrgent()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void engine_beatsThePlainBm25Baseline() throws Exception {
    try (BaselineSearch baseline = new BaselineSearch(RealFaq.catalog().entries())) {
      Metrics ours = Metrics.of(dev, q -> engine.predict(q.text()));
      Metrics plain = Metrics.of(dev, q -> baseline.predict(q.text()));
      assertThat(ours.topicTop1()).isGreaterThan(plain.topicTop1());
      assertThat(ours.entryTop3()).isGreaterThan(plain.entryTop3());
    }
  }
}
