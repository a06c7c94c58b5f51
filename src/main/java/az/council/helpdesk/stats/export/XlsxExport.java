package az.council.helpdesk.stats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The statistics as an Excel workbook (fastexcel, streaming, no Apache POI): the summary sheet first, then one
 * sheet per breakdown with a header row and a total row. Text goes into cells as strings, never as formulas.
 */
public final class XlsxExport {
  /** Excel refuses longer sheet names. */
  private static final int MAX_SHEET_NAME = 31;

  public void write(StatsTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "migrant-helpdesk", "1.0");
      Set<String> names = new HashSet<>();
      for (StatsTable.Section section : table.sections()) {
        Worksheet sheet = workbook.newWorksheet(sheetName(section.title(), names));
        if (section.total()) {
          breakdown(sheet, section, table);
        } else {
          summary(sheet, section, table);
        }
        sheet.finish();
      }
      workbook.finish();
    }
  }

  private static void summary(Worksheet sheet, StatsTable.Section section, StatsTable table) {
    int row = 0;
    for (StatsTable.Row line : section.rows()) {
      if (line.key().equals("period")) {
        sheet.value(row, 0, section.title() + " — " + table.report().period().label());
        sheet.value(row, 1, line.name());
        sheet.range(row, 0, row, 1).style().bold().set();
      } else {
        sheet.value(row, 0, line.name());
        if (line.value().isPresent()) {
          sheet.value(row, 1, line.value().getAsLong());
        }
      }
      row++;
    }
    sheet.width(0, 48);
    sheet.width(1, 26);
  }

  private static void breakdown(Worksheet sheet, StatsTable.Section section, StatsTable table) {
    List<String> header = table.headers();
    for (int column = 0; column < header.size(); column++) {
      sheet.value(0, column, header.get(column));
    }
    sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
    int row = 1;
    for (StatsTable.Row line : section.rows()) {
      sheet.value(row, 0, line.key());
      sheet.value(row, 1, line.name());
      if (line.value().isPresent()) {
        sheet.value(row, 2, line.value().getAsLong());
      }
      row++;
    }
    sheet.value(row, 1, table.totalName());
    sheet.value(row, 2, section.sum());
    sheet.range(row, 0, row, 2).style().bold().set();
    sheet.width(0, 20);
    sheet.width(1, 60);
    sheet.width(2, 10);
    sheet.freezePane(0, 1);
  }

  /** A valid, unique sheet name: no {@code []:*?/\}, at most 31 characters. */
  static String sheetName(String title, Set<String> taken) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    name = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME).strip() : name;
    String unique = name;
    for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " " + n;
      unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return unique;
  }
}
