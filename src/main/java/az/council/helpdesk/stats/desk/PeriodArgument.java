package az.council.helpdesk.stats.desk;

import az.council.helpdesk.stats.StatsPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The period argument of {@code /stats} and {@code /export}: {@code 2022}, {@code 2022-Q3}, {@code 2022-05} or
 * {@code 2022-01-01..2022-06-30}. Empty when it is none of them (the desk then shows the accepted forms).
 */
final class PeriodArgument {
  private static final String RANGE = "..";

  private PeriodArgument() {}

  static Optional<StatsPeriod> parse(String text) {
    String trimmed = text.strip();
    try {
      int dots = trimmed.indexOf(RANGE);
      if (dots >= 0) {
        LocalDate from = LocalDate.parse(trimmed.substring(0, dots).strip());
        LocalDate to = LocalDate.parse(trimmed.substring(dots + RANGE.length()).strip());
        return Optional.of(StatsPeriod.between(from, to));
      }
      return Optional.of(StatsPeriod.parse(trimmed));
    } catch (DateTimeException | IllegalArgumentException e) {
      // Not a period (or one that ends before it starts): the caller explains the forms.
      return Optional.empty();
    }
  }
}
