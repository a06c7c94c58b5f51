package az.council.helpdesk.stats.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel and LibreOffice write it: an optional UTF-8 byte-order mark, the separator guessed from the
 * header line ({@code ,}, {@code ;} or tab), quoted cells with doubled quotes and line breaks, CRLF or LF.
 */
public final class CsvParser {

  /** One record and the line it starts on (for error messages). */
  public record CsvRow(int line, List<String> cells) {}

  public List<CsvRow> parse(String text) {
    String content = text.startsWith(Csv.BOM) ? text.substring(1) : text;
    char separator = separator(content);
    List<CsvRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        addUnlessBlank(rows, rowStart, cells);
        cells = new ArrayList<>();
        line++;
        rowStart = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + rowStart + ": a quoted cell is never closed");
    }
    cells.add(cell.toString());
    addUnlessBlank(rows, rowStart, cells);
    return List.copyOf(rows);
  }

  private static void addUnlessBlank(List<CsvRow> rows, int line, List<String> cells) {
    if (cells.stream().anyMatch(c -> !c.isBlank())) {
      rows.add(new CsvRow(line, List.copyOf(cells)));
    }
  }

  /** The most frequent of {@code , ; tab} in the first line; a comma when there is none. */
  private static char separator(String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    char best = ',';
    long most = 0;
    for (char candidate : new char[] {',', ';', '\t'}) {
      long count = header.chars().filter(ch -> ch == candidate).count();
      if (count > most) {
        most = count;
        best = candidate;
      }
    }
    return best;
  }
}
