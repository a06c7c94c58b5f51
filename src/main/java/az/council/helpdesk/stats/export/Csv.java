package az.council.helpdesk.stats.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writing CSV cells safely (RFC 4180 quoting) and harmlessly: a text cell starting with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 * formula (OWASP "CSV injection"). Numbers are written as they are.
 */
public final class Csv {
  /** Excel recognises UTF-8 only with a byte-order mark. */
  public static final String BOM = "\uFEFF";
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final char separator;

  public Csv(char separator) {
    if (separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException("cannot separate CSV cells with " + separator);
    }
    this.separator = separator;
  }

  /** One line of cells (text or numbers), ending in CRLF as RFC 4180 says. */
  public String line(List<?> cells) {
    return cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
  }

  String cell(Object value) {
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = String.valueOf(value);
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
