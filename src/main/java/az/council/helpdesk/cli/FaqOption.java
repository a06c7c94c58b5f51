package az.council.helpdesk.cli;

import az.council.helpdesk.faq.FaqCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --faq} option shared by every command that reads the FAQ. */
public final class FaqOption {
  @Option(
      names = "--faq",
      paramLabel = "DIR",
      defaultValue = "${env:HELPDESK_FAQ_DIR:-faq}",
      description = "FAQ folder (default: ${DEFAULT-VALUE}; env HELPDESK_FAQ_DIR)")
  Path folder;

  public Path folder() {
    return folder;
  }

  FaqCatalog catalog() {
    return FaqCatalog.load(folder);
  }
}
