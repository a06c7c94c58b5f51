package az.council.helpdesk.support;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.triage.Triage;
import java.nio.file.Path;

/** The repository's real FAQ and an engine over it, built once per test JVM (building takes ~100 ms). */
public final class RealFaq {
  public static final Path FOLDER = Path.of("faq");
  private static FaqCatalog catalog;
  private static Triage triage;

  private RealFaq() {}

  public static synchronized FaqCatalog catalog() {
    if (catalog == null) {
      catalog = FaqCatalog.load(FOLDER);
    }
    return catalog;
  }

  /** A shared engine; its cache is on, as in production. */
  public static synchronized Triage triage() {
    if (triage == null) {
      triage = Triage.over(catalog(), 1_000);
    }
    return triage;
  }
}
