package az.council.helpdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Baku is UTC+4 all year; 2026-03-06 is a Friday. */
final class WorkingHoursTest {
  private final WorkingHours hours = WorkingHours.councilDefault();

  @Test
  void parse_readsDayRangesListsAndTimes() {
    WorkingHours custom = WorkingHours.parse("Mon,Wed-Thu 10:00-16:30", ZoneId.of("Asia/Baku"));
    assertThat(custom.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    assertThat(custom.opens()).isEqualTo(LocalTime.of(10, 0));
    assertThat(custom.closes()).isEqualTo(LocalTime.of(16, 30));
    assertThatThrownBy(() -> WorkingHours.parse("weekdays 9-18", ZoneId.of("Asia/Baku")))
        .hasMessageContaining("not like 'Mon-Fri 09:00-18:00'");
  }

  @Test
  void isOpen_onlyOnWorkingDaysBetweenOpeningAndClosing() {
    assertThat(hours.isOpen(baku("2026-03-06T09:00:00"))).isTrue();
    assertThat(hours.isOpen(baku("2026-03-06T17:59:59"))).isTrue();
    assertThat(hours.isOpen(baku("2026-03-06T18:00:00"))).isFalse();
    assertThat(hours.isOpen(baku("2026-03-07T12:00:00"))).as("Saturday").isFalse();
  }

  @Test
  void nextOpening_isNowWhenOpen_elseTheNextWorkingMorning() {
    assertThat(hours.nextOpening(baku("2026-03-06T12:00:00"))).isEqualTo(baku("2026-03-06T12:00:00"));
    assertThat(hours.nextOpening(baku("2026-03-06T07:00:00"))).isEqualTo(baku("2026-03-06T09:00:00"));
    assertThat(hours.nextOpening(baku("2026-03-06T19:00:00"))).isEqualTo(baku("2026-03-09T09:00:00"));
  }

  @Test
  void plusWorkingTime_skipsNightsAndWeekends() {
    assertThat(hours.plusWorkingTime(baku("2026-03-06T10:00:00"), Duration.ofMinutes(30)))
        .isEqualTo(baku("2026-03-06T10:30:00"));
    assertThat(hours.plusWorkingTime(baku("2026-03-06T17:50:00"), Duration.ofMinutes(30)))
        .isEqualTo(baku("2026-03-09T09:20:00"));
    assertThat(hours.plusWorkingTime(baku("2026-03-07T03:00:00"), Duration.ofHours(10)))
        .as("a whole working day and one hour").isEqualTo(baku("2026-03-10T10:00:00"));
  }

  private static Instant baku(String local) {
    return java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Baku")).toInstant();
  }
}
