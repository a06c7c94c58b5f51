package az.council.helpdesk.cli;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ask}: one question through the full triage. The {@code --jsonl} form is a stable contract other
 * tools depend on: one JSON object per input line, keys question, language, entry, topic, score, confident,
 * escalate, answer.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question the way the bot would (or many: --jsonl reads one per line on stdin).")
final class AskCommand implements Callable<Integer> {
  @Mixin FaqOption faq;

  @Option(names = "--jsonl", description = "Read questions from stdin, one per line; write one JSON object per line.")
  boolean jsonl;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it).")
  String[] words;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    FaqCatalog catalog = faq.catalog();
    if (catalog.size() == 0) {
      throw UserFacingException.config("No FAQ entries found in " + faq.folder().toAbsolutePath()
          + ". Run from the repository root or pass --faq DIR.");
    }
    Triage triage = Triage.over(catalog, 10_000);
    ReplyText text = new ReplyText(catalog, new Messages());
    PrintWriter out = spec.commandLine().getOut();
    if (jsonl) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.println(json.writeValueAsString(toJson(line, triage.triage(line), text)));
      }
      out.flush();
      return ExitCode.OK;
    }
    if (words == null || words.length == 0) {
      throw new UserFacingException(ExitCode.USAGE, "Give a question, e.g. ask \"how do I register\", or use --jsonl.");
    }
    String question = String.join(" ", words);
    TriageResult result = triage.triage(question);
    out.printf(Locale.ROOT, "[%s · %s · %s · confidence %.2f%s]%n", result.language().tag(),
        result.bestEntry().map(FaqEntry::id).orElse("no entry"), result.topic().map(Topic::id).orElse("out of scope"),
        result.confidence(), result.escalate() ? " · ESCALATE" : "");
    out.println(text.render(result.reply(), result.language()));
    out.flush();
    return ExitCode.OK;
  }

  private ObjectNode toJson(String question, TriageResult result, ReplyText text) {
    ObjectNode node = json.createObjectNode();
    node.put("question", question);
    node.put("language", result.language().tag());
    node.put("entry", result.bestEntry().map(FaqEntry::id).orElse(null));
    node.put("topic", result.topic().map(Topic::id).orElse(null));
    node.put("score", Math.round(result.confidence() * 1000) / 1000.0);
    node.put("confident", result.confident());
    node.put("escalate", result.escalate());
    node.put("answer", text.render(result.reply(), result.language()));
    return node;
  }
}
