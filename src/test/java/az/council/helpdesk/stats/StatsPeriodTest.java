package az.council.helpdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class StatsPeriodTest {

  @ParameterizedTest
  @CsvSource({
      "2022, 2022-01-01, 2022-12-31, 2022",
      "2022-Q1, 2022-01-01, 2022-03-31, 2022-Q1",
      "2022-q3, 2022-07-01, 2022-09-30, 2022-Q3",
      "2022-Q4, 2022-10-01, 2022-12-31, 2022-Q4",
      "2024-02, 2024-02-01, 2024-02-29, 2024-02",
  })
  void parse_yearQuarterMonth_coversTheirDays(String text, LocalDate from, LocalDate to, String label) {
    StatsPeriod period = StatsPeriod.parse(text);

    assertThat(period).isEqualTo(new StatsPeriod(from, to, label));
  }

  @ParameterizedTest
  @ValueSource(strings = {"22", "2022-Q5", "2022-13", "May 2022", "2022-05-01", ""})
  void parse_somethingElse_explainsTheFormats(String text) {
    assertThatThrownBy(() -> StatsPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-Q3");
  }

  @Test
  void startAndEnd_areMidnightInBaku() {
    StatsPeriod year = StatsPeriod.year(2022);

    assertThat(year.start(StatsService.BAKU)).isEqualTo(Instant.parse("2021-12-31T20:00:00Z"));
    assertThat(year.end(StatsService.BAKU)).isEqualTo(Instant.parse("2022-12-31T20:00:00Z"));
  }

  @Test
  void between_endBeforeStart_isRefused() {
    assertThatThrownBy(() -> StatsPeriod.between(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
