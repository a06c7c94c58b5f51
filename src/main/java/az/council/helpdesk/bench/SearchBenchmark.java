package az.council.helpdesk.bench;

import az.council.helpdesk.eval.BaselineSearch;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.search.FaqIndex;
import az.council.helpdesk.search.LanguageDetector;
import az.council.helpdesk.triage.ConfidenceModel;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.UrgencyDetector;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench search}: latency of one question through the full triage (language, urgency, search,
 * evidence, confidence) with the answer cache off, against plain BM25 in the same run, on the real FAQ and on
 * a synthetic large one. Single-threaded, after a warm-up, so figures are per question on one core.
 */
public final class SearchBenchmark {
  private final PrintWriter out;

  public SearchBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(FaqCatalog catalog, List<String> questions, int largeSize, int rounds) throws Exception {
    measure("real FAQ (" + catalog.size() + " entries)", catalog.entries(), questions, rounds);
    if (largeSize > catalog.size()) {
      long start = System.nanoTime();
      List<FaqEntry> large = SyntheticFaq.grow(catalog.entries(), largeSize, 42);
      out.printf(Locale.ROOT, "generated %d synthetic entries in %.1f s%n", large.size(), (System.nanoTime() - start) / 1e9);
      measure("synthetic FAQ (" + large.size() + " entries)", large, questions, Math.max(1, rounds / 2));
    }
    out.flush();
  }

  private void measure(String label, List<FaqEntry> entries, List<String> questions, int rounds) throws Exception {
    long buildStart = System.nanoTime();
    FaqIndex index = FaqIndex.build(entries);
    Triage triage = new Triage(index, new LanguageDetector(), new UrgencyDetector(), ConfidenceModel.load(), 0);
    long built = System.nanoTime();
    try (index; BaselineSearch baseline = new BaselineSearch(entries)) {
      out.printf(Locale.ROOT, "%s: index built in %.2f s%n", label, (built - buildStart) / 1e9);
      for (int i = 0; i < 2; i++) { // warm-up: JIT and Lucene caches
        questions.forEach(q -> triage.triage(q, Language.EN));
        questions.forEach(q -> baseline.search(q, 3));
      }
      Latencies engine = new Latencies();
      Latencies plain = new Latencies();
      for (int r = 0; r < rounds; r++) {
        for (String q : questions) {
          long t0 = System.nanoTime();
          triage.triage(q, Language.EN);
          long t1 = System.nanoTime();
          baseline.search(q, 3);
          long t2 = System.nanoTime();
          engine.add(t1 - t0);
          plain.add(t2 - t1);
        }
      }
      out.printf(Locale.ROOT, "  triage   %s%n  baseline %s%n  ratio p50 %.2fx  p99 %.2fx%n", engine.summary(), plain.summary(),
          engine.percentileMillis(50) / plain.percentileMillis(50), engine.percentileMillis(99) / plain.percentileMillis(99));
    }
  }
}
