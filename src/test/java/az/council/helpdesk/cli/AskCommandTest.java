package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AskCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void jsonl_writesExactlyOneObjectPerLineWithTheContractKeys() throws Exception {
    String questions = "qeydiyyatdan nece gune kecmeliyem\nкак получить внж\nwhat's the weather going to be like in Baku this weekend\n"
        + "the police detained me\n\n";
    assertThat(run(questions, "ask", "--jsonl")).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(5);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(node.fieldNames()).toIterable().containsExactly(
          "question", "language", "entry", "topic", "score", "confident", "escalate", "answer");
      assertThat(node.get("language").asText()).isIn("az", "ru", "en");
      assertThat(node.get("confident").isBoolean()).isTrue();
      assertThat(node.get("escalate").isBoolean()).isTrue();
    }
    JsonNode az = json.readTree(lines.get(0));
    assertThat(az.get("language").asText()).isEqualTo("az");
    assertThat(az.get("topic").asText()).isEqualTo("registration");
    JsonNode outOfScope = json.readTree(lines.get(2));
    assertThat(outOfScope.get("entry").isNull()).isTrue();
    assertThat(outOfScope.get("topic").isNull()).isTrue();
    assertThat(json.readTree(lines.get(3)).get("escalate").asBoolean()).isTrue();
  }

  @Test
  void singleQuestion_printsTheAnswerForAPerson() {
    assertThat(run("", "ask", "How many days do I have to register my place of stay?")).isZero();
    assertThat(out.toString()).contains("registration").contains("15");
  }

  @Test
  void missingFaqFolder_isAOneLineConfigurationError() {
    assertThat(run("", "ask", "--faq", "no/such/folder", "hello")).isEqualTo(ExitCode.CONFIG);
    assertThat(err.toString().strip()).startsWith("No FAQ entries found").doesNotContain("Exception");
  }
}
