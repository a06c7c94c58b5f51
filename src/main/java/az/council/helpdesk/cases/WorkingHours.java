package az.council.helpdesk.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Council's working hours, e.g. {@code Mon-Fri 09:00-18:00} in Asia/Baku. Ordinary timers count only
 * working time, so a case handed off on Friday night is re-announced on Monday morning, not at 3 a.m.
 */
public record WorkingHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
  private static final Pattern SPEC =
      Pattern.compile("\\s*([A-Za-z,\\- ]+?)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
  private static final String[] DAY_NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  public WorkingHours {
    days = days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days)); // keeps week order
    if (days.isEmpty() || !opens.isBefore(closes)) {
      throw new IllegalArgumentException("working hours need at least one day and an opening before the closing");
    }
  }

  /** Parses {@code Mon-Fri 09:00-18:00} or {@code Mon,Wed,Fri 10:00-16:00}. */
  public static WorkingHours parse(String spec, ZoneId zone) {
    Matcher m = SPEC.matcher(spec);
    if (!m.matches()) {
      throw new IllegalArgumentException("working hours '" + spec + "' are not like 'Mon-Fri 09:00-18:00'");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : m.group(1).split(",")) {
      String[] range = part.strip().split("\\s*-\\s*");
      DayOfWeek first = day(range[0]);
      DayOfWeek last = day(range[range.length - 1]);
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
    }
    return new WorkingHours(zone, days, time(m.group(2)), time(m.group(3)));
  }

  public static WorkingHours councilDefault() {
    return parse("Mon-Fri 09:00-18:00", ZoneId.of("Asia/Baku"));
  }

  private static DayOfWeek day(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < DAY_NAMES.length; i++) {
      if (key.startsWith(DAY_NAMES[i]) && key.length() >= 3) {
        return DayOfWeek.of(i + 1);
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
  }

  private static LocalTime time(String text) {
    String[] parts = text.split(":");
    return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public boolean isOpen(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
  }

  /** {@code at} itself when open, else the next opening. */
  public Instant nextOpening(Instant at) {
    return nextOpening(at.atZone(zone)).toInstant();
  }

  private ZonedDateTime nextOpening(ZonedDateTime at) {
    if (isOpen(at.toInstant())) {
      return at;
    }
    if (days.contains(at.getDayOfWeek()) && at.toLocalTime().isBefore(opens)) {
      return at.with(opens);
    }
    ZonedDateTime day = at.toLocalDate().plusDays(1).atTime(opens).atZone(zone);
    while (!days.contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The instant when {@code amount} of working time has passed after {@code start}. */
  public Instant plusWorkingTime(Instant start, Duration amount) {
    ZonedDateTime current = start.atZone(zone);
    Duration left = amount;
    while (true) {
      current = nextOpening(current);
      Duration available = Duration.between(current, current.with(closes));
      if (left.compareTo(available) <= 0) {
        return current.plus(left).toInstant();
      }
      left = left.minus(available);
      current = current.with(closes);
    }
  }
}
