package az.council.helpdesk.stats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a statistic covers, both ends included, in the Council's time zone.
 *
 * @param label how the period was asked for: {@code 2022}, {@code 2022-Q3}, {@code 2022-05} or {@code from – to}
 */
public record StatsPeriod(LocalDate from, LocalDate to, String label) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public StatsPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * Parses {@code 2022}, {@code 2022-Q3} or {@code 2022-05}.
   *
   * @throws IllegalArgumentException with a sentence saying what is expected
   */
  public static StatsPeriod parse(String text) {
    String trimmed = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(trimmed)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(trimmed)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(trimmed)).matches()) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (DateTimeException e) {
      // falls through to the explanation below
    }
    throw new IllegalArgumentException("'" + text + "' is not a period; use a year (2022), a quarter (2022-Q3)"
        + " or a month (2022-05)");
  }

  public static StatsPeriod year(int year) {
    return new StatsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
  }

  public static StatsPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
    }
    LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
    return new StatsPeriod(from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter);
  }

  public static StatsPeriod month(YearMonth month) {
    return new StatsPeriod(month.atDay(1), month.atEndOfMonth(), month.toString());
  }

  public static StatsPeriod between(LocalDate from, LocalDate to) {
    return new StatsPeriod(from, to, from + " – " + to);
  }

  /** The first instant of the period in {@code zone}. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone}. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
