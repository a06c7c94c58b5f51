package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.triage.UrgencyModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} through the real picocli parser. */
final class EvalCommandTest {
  @TempDir Path temp;

  @Test
  void trainUrgency_printsTheCrossValidationAndWritesAModelTheBotCanRead() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"));
    Path questions = temp.resolve("questions.jsonl");
    Files.write(questions, lines.subList(0, 700));
    Path model = temp.resolve("out/urgency-model.bin");

    CommandLineRun run = CommandLineRun.of("eval", "--questions", questions.toString(), "--train-urgency",
        model.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("5-fold cross-validation on 700 dev questions").contains("     0.40 |")
        .contains("wrote " + model);
    try (InputStream in = Files.newInputStream(model)) {
      UrgencyModel read = UrgencyModel.read(in);
      assertThat(read.classify("i put all my pills on the table and wrote a letter to my mother")).isPresent();
      assertThat(read.classify("how much is the fee for a work permit")).isEmpty();
    }
  }
}
