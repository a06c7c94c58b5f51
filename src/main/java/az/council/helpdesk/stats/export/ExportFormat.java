package az.council.helpdesk.stats.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats {@code stats export} and {@code /export} produce. */
public enum ExportFormat {
  CSV,
  XLSX,
  /** Two bar charts: persons by citizenship, inquiries by topic. */
  PNG;

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExportFormat> parse(String text) {
    for (ExportFormat format : values()) {
      if (format.extension().equalsIgnoreCase(text.strip())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
