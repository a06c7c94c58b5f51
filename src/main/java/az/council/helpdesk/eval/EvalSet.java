package az.council.helpdesk.eval;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the labelled questions (JSON Lines). */
public final class EvalSet {
  private EvalSet() {}

  public static List<EvalQuestion> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<EvalQuestion> read(InputStream in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> questions = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      List<String> alsoOk = new ArrayList<>();
      n.path("also_ok").forEach(x -> alsoOk.add(x.asText()));
      questions.add(new EvalQuestion(
          n.get("q").asText(),
          Language.fromTag(n.get("lang").asText()).orElseThrow(),
          EvalQuestion.Kind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT)),
          text(n, "entry"), alsoOk, text(n, "topic"), n.path("note").asText(""), n.path("split").asText("dev"),
          text(n, "urgency").map(Urgency::valueOf)));
    }
    return questions;
  }

  private static Optional<String> text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
