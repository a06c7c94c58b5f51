package az.council.helpdesk.cli;

import az.council.helpdesk.eval.BaselineSearch;
import az.council.helpdesk.eval.Calibrator;
import az.council.helpdesk.eval.EvalQuestion;
import az.council.helpdesk.eval.EvalSet;
import az.council.helpdesk.eval.Metrics;
import az.council.helpdesk.eval.TriagePredictor;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Triage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: the engine against the labelled dev set, with the plain BM25 baseline side by side. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure triage quality on the labelled questions, per language, against a BM25 baseline.")
final class EvalCommand implements Callable<Integer> {
  @Mixin FaqOption faq;

  @Option(names = "--questions", paramLabel = "FILE", defaultValue = "src/test/resources/eval/questions.jsonl",
      description = "Labelled questions (default: ${DEFAULT-VALUE})")
  Path questions;

  @Option(names = "--split", defaultValue = "all", description = "dev, heldout or all (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--calibrate", description = "Fit the confidence model on the dev split and print its properties.")
  boolean calibrate;

  @Option(names = "--misses", description = "List the questions the engine got wrong.")
  boolean misses;

  @Option(names = "--train-urgency", paramLabel = "FILE", arity = "0..1",
      fallbackValue = "src/main/resources/triage/urgency-model.bin",
      description = "Cross-validate the urgency model on the dev split, fit it on the whole split and write it to "
          + "FILE (default: ${FALLBACK-VALUE}); rebuild the jar afterwards.")
  Path trainUrgency;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    FaqCatalog catalog = faq.catalog();
    List<EvalQuestion> all = EvalSet.read(questions);
    PrintWriter out = spec.commandLine().getOut();
    if (trainUrgency != null) {
      // Before the engine is built: the engine loads the shipped model, which may not exist yet.
      UrgencyTraining.run(all.stream().filter(q -> q.split().equals("dev")).toList(), trainUrgency, out);
      return ExitCode.OK;
    }
    Triage triage = Triage.over(catalog, 0);
    if (calibrate) {
      List<EvalQuestion> dev = all.stream().filter(q -> q.split().equals("dev")).toList();
      out.print(Calibrator.properties(new Calibrator(triage).fit(dev)));
      out.flush();
      return ExitCode.OK;
    }
    List<EvalQuestion> chosen = split.equals("all") ? all : all.stream().filter(q -> q.split().equals(split)).toList();
    TriagePredictor engine = new TriagePredictor(triage);
    try (BaselineSearch baseline = new BaselineSearch(catalog.entries())) {
      out.printf("%d questions (%s), %d FAQ entries%n%n", chosen.size(), split, catalog.size());
      printTable(out, chosen, q -> engine.predict(q.text()), q -> baseline.predict(q.text()));
    }
    if (misses) {
      engine.printMisses(out, chosen);
    }
    out.flush();
    return ExitCode.OK;
  }

  static void printTable(PrintWriter out, List<EvalQuestion> questions,
      Function<EvalQuestion, az.council.helpdesk.eval.Prediction> engine,
      Function<EvalQuestion, az.council.helpdesk.eval.Prediction> baseline) {
    out.printf("%-5s %-9s %5s %5s %5s | %7s %7s %7s %7s %7s %7s %7s %7s%n", "lang", "searcher", "faq", "oos",
        "urg", "topic@1", "entry@1", "entry@3", "abstain", "oos-rec", "urg-rec", "false-u", "ans-prec");
    for (String lang : List.of("az", "ru", "en", "all")) {
      List<EvalQuestion> slice = lang.equals("all") ? questions
          : questions.stream().filter(q -> q.language() == Language.fromTag(lang).orElseThrow()).toList();
      row(out, lang, "engine", Metrics.of(slice, engine));
      row(out, lang, "baseline", Metrics.of(slice, baseline));
    }
  }

  private static void row(PrintWriter out, String lang, String who, Metrics m) {
    out.printf(Locale.ROOT, "%-5s %-9s %5d %5d %5d | %7s %7s %7s %7s %7s %7s %7s %7s%n", lang, who, m.faq(), m.oos(),
        m.urgent(), pct(m.topicTop1()), pct(m.entryTop1()), pct(m.entryTop3()), pct(m.abstain()),
        pct(m.oosRecognised()), pct(m.urgentRecall()), pct(m.falseUrgent()), pct(m.answerPrecision()));
  }

  private static String pct(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
  }
}
