package az.council.helpdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Asserts that a check found exactly one problem, at the expected file:line, saying the expected things. */
final class ProblemAssert {
  private ProblemAssert() {}

  static FaqProblem assertOnlyProblem(List<FaqProblem> problems, String file, int line, String... fragments) {
    assertThat(problems).as("problems").hasSize(1);
    FaqProblem problem = problems.get(0);
    assertThat(problem.file()).as("file of %s", problem).isEqualTo(file);
    assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
    assertThat(problem.message()).as("message of %s", problem).contains(fragments);
    assertThat(problem.toString()).startsWith(file + ":" + line + ": ");
    return problem;
  }
}
