package az.council.helpdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import az.council.helpdesk.triage.UrgencyModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class UrgencyTrainerTest {
  private static List<EvalQuestion> all;
  private static List<EvalQuestion> dev;

  @BeforeAll
  static void load() {
    all = EvalSet.read(Path.of("src/test/resources/eval/questions.jsonl"));
    dev = all.stream().filter(q -> q.split().equals("dev")).toList();
  }

  /** The jar's model must be retrained whenever the dev split changes, or the dev figures describe another one. */
  @Test
  void shippedModel_isWhatTrainingOnTheDevSplitGives() {
    UrgencyModel trained = new UrgencyTrainer().fit(dev);
    UrgencyModel shipped = UrgencyModel.shipped();
    assertThat(shipped.threshold()).isEqualTo(UrgencyTrainer.THRESHOLD);
    for (EvalQuestion q : all) {
      assertThat(shipped.probability(q.text())).as(q.text()).isCloseTo(trained.probability(q.text()), within(1e-3));
    }
  }

  @Test
  void writeThenRead_keepsEveryProbabilityWithin1e4() throws Exception {
    UrgencyModel model = new UrgencyTrainer().fit(dev.subList(0, 800));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    UrgencyModel read = UrgencyModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.urgencies()).isEqualTo(model.urgencies());
    for (EvalQuestion q : dev.subList(800, 1600)) {
      assertThat(read.probability(q.text())).isCloseTo(model.probability(q.text()), within(1e-4));
      assertThat(read.classify(q.text())).isEqualTo(model.classify(q.text()));
    }
  }

  @Test
  void fit_urgentQuestionWithoutRuleOrLabel_namesTheQuestion() {
    EvalQuestion unlabelled = question("everything is grey and quiet today", EvalQuestion.Kind.URGENT, Optional.empty());
    assertThatThrownBy(() -> new UrgencyTrainer().fit(List.of(unlabelled)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"urgency\" label")
        .hasMessageContaining("everything is grey and quiet today");
  }

  @Test
  void fit_learnsTheLabelledKindOfAnEmergencyNoRuleKnows() {
    List<EvalQuestion> training = new java.util.ArrayList<>(dev.subList(0, 600));
    for (String text : List.of("the grey van is outside again", "grey van men waiting at the gate",
        "they sit in the grey van all night watching us", "the grey van followed me home")) {
      training.add(question(text, EvalQuestion.Kind.URGENT, Optional.of(Urgency.TRAFFICKING)));
    }
    UrgencyModel model = new UrgencyTrainer().fit(training);
    assertThat(model.classify("a grey van is waiting outside the gate again")).contains(Urgency.TRAFFICKING);
    assertThat(model.classify("how long is a work permit valid")).isEmpty();
  }

  @Test
  void crossValidate_reportsLowerRecallAsTheThresholdRises() {
    List<UrgencyTrainer.Validation> table = new UrgencyTrainer().crossValidate(dev.subList(0, 1500), 3,
        List.of(0.2, 0.9));
    assertThat(table).extracting(UrgencyTrainer.Validation::urgent).containsOnly(
        (int) dev.subList(0, 1500).stream().filter(q -> q.kind() == EvalQuestion.Kind.URGENT).count());
    assertThat(table.get(0).modelRecall()).isGreaterThan(table.get(1).modelRecall());
    assertThat(table.get(0).modelFalse()).isGreaterThanOrEqualTo(table.get(1).modelFalse());
  }

  private static EvalQuestion question(String text, EvalQuestion.Kind kind, Optional<Urgency> urgency) {
    return new EvalQuestion(text, Language.EN, kind, Optional.empty(), List.of(), Optional.empty(), "test", "dev",
        urgency);
  }
}
