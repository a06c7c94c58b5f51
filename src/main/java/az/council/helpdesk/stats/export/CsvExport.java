package az.council.helpdesk.stats.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as one CSV file: columns {@code section, key, name, count}; section and key are stable ids (a
 * script can rely on them), the name is in the reader's language. Each breakdown ends with a total row.
 */
public final class CsvExport {
  public static final List<String> HEADER = List.of("section", "key", "name", "count");
  private final Csv csv;

  /** @param separator {@code ,} (RFC 4180) or {@code ;} (what Excel expects where the decimal mark is a comma) */
  public CsvExport(char separator) {
    this.csv = new Csv(separator);
  }

  public void write(StatsTable table, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(Csv.BOM);
      out.write(csv.line(HEADER));
      for (StatsTable.Section section : table.sections()) {
        for (StatsTable.Row row : section.rows()) {
          List<Object> cells = new ArrayList<>(List.of(section.id(), row.key(), row.name()));
          cells.add(row.value().isPresent() ? (Object) row.value().getAsLong() : "");
          out.write(csv.line(cells));
        }
        if (section.total()) {
          out.write(csv.line(List.of(section.id(), "total", table.totalName(), section.sum())));
        }
      }
    }
  }
}
