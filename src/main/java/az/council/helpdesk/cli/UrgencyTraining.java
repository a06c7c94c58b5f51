package az.council.helpdesk.cli;

import az.council.helpdesk.eval.EvalQuestion;
import az.council.helpdesk.eval.UrgencyTrainer;
import az.council.helpdesk.triage.UrgencyModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code eval --train-urgency}: how well the urgency model generalises, then the model itself. */
final class UrgencyTraining {
  static final int FOLDS = 5;

  private UrgencyTraining() {}

  static void run(List<EvalQuestion> dev, Path file, PrintWriter out) throws IOException {
    UrgencyTrainer trainer = new UrgencyTrainer();
    List<UrgencyTrainer.Validation> table = trainer.crossValidate(dev, FOLDS, List.of(0.4, 0.45, 0.5, 0.6, 0.7, 0.8));
    out.printf(Locale.ROOT, "%d-fold cross-validation on %d dev questions (%d urgent, %d not); the model uses %.2f%n",
        FOLDS, dev.size(), table.get(0).urgent(), table.get(0).calm(), UrgencyTrainer.THRESHOLD);
    out.println("          | model alone   | model as used | rules + model (the rules were tuned on all folds)");
    out.println("threshold | recall  false | recall  false | recall  false");
    for (UrgencyTrainer.Validation v : table) {
      out.printf(Locale.ROOT, "     %.2f | %5.1f%%  %4.1f%% | %5.1f%%  %4.1f%% | %5.1f%%  %4.1f%%%n", v.threshold(),
          v.modelRecall() * 100, v.modelFalse() * 100, v.gatedRecall() * 100, v.gatedFalse() * 100,
          v.combinedRecall() * 100, v.combinedFalse() * 100);
    }
    out.println("(as used: only where no rule judged the text a question about the rules, and what the person");
    out.println(" states reaches the threshold without the worried questions)");
    out.printf(Locale.ROOT, "the kind of emergency the model names agrees with the label for %.1f%% of urgent questions%n",
        table.get(0).kindAgreement() * 100);
    UrgencyModel model = trainer.fit(dev);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(file)) {
      model.write(o);
    }
    out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", file, Files.size(file));
    out.flush();
  }
}
