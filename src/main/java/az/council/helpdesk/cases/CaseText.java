package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.faq.FaqEntry;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the user reads about their case, in their language ({@code case.*} messages). */
final class CaseText {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final Messages messages;
  private final WorkingHours hours;

  CaseText(Messages messages, WorkingHours hours) {
    this.messages = messages;
    this.hours = hours;
  }

  /** Case number, who answers where, the working hours, an honest expectation, and how to cancel. */
  String opened(Case c, Instant now) {
    return messages.get(c.language(), "case.opened", number(c)) + "\n\n" + hours(c.language(), now) + "\n"
        + expectation(c, now) + "\n\n" + messages.get(c.language(), "case.cancelHint");
  }

  String alreadyOpen(Case c) {
    return messages.get(c.language(), "case.alreadyOpen", number(c));
  }

  String claimed(Case c) {
    return messages.get(c.language(), "case.claimed", number(c));
  }

  String stillWaiting(Case c, Instant now) {
    return messages.get(c.language(), "case.stillWaiting", number(c)) + "\n" + expectation(c, now);
  }

  String memberText(Language language, String text) {
    return messages.get(language, "case.member.text", text);
  }

  /** The caption a member's media carries at the user; none for kinds that cannot have one. */
  Optional<String> memberCaption(Language language, Content.Media media) {
    if (!media.takesCaption()) {
      return Optional.empty();
    }
    return Optional.of(media.caption().filter(s -> !s.isBlank())
        .map(caption -> messages.get(language, "case.member.caption", caption))
        .orElseGet(() -> messages.get(language, "case.member.label")));
  }

  String faqShared(Language language, FaqEntry entry) {
    return messages.get(language, "case.faqShared", entry.in(language).question(), entry.in(language).answer());
  }

  String closed(Case c) {
    return messages.get(c.language(), "case.closed", number(c)) + "\n\n"
        + messages.get(c.language(), "case.rate.question");
  }

  Keyboard rating(Case c) {
    return Keyboard.of(List.of(
        new Keyboard.Button(messages.get(c.language(), "case.rate.yes"), CaseButtons.rate(c.id(), true)),
        new Keyboard.Button(messages.get(c.language(), "case.rate.no"), CaseButtons.rate(c.id(), false))));
  }

  /** The closing message once rated: the question gone, thanks instead. */
  String closedThanks(Case c) {
    return messages.get(c.language(), "case.closed", number(c)) + "\n\n" + thanks(c.language());
  }

  String thanks(Language language) {
    return messages.get(language, "case.rate.thanks");
  }

  String cancelled(Case c) {
    return messages.get(c.language(), "case.cancelled", number(c));
  }

  /** E.g. "Monday–Friday, 09:00–18:00 (UTC+4)". */
  String hours(Language language, Instant now) {
    ZoneOffset offset = hours.zone().getRules().getOffset(now);
    String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replaceFirst(":00$", "")
        .replaceFirst("([+-])0", "$1");
    return messages.get(language, "case.hours", days(language),
        hours.opens().format(TIME) + "–" + hours.closes().format(TIME), utc);
  }

  /** Honest: urgent cases are alerted at once; otherwise it depends on whether the Council is working now. */
  String expectation(Case c, Instant now) {
    if (c.urgent()) {
      return messages.get(c.language(), "case.expect.urgent");
    }
    if (hours.isOpen(now)) {
      return messages.get(c.language(), "case.expect.inHours");
    }
    ZonedDateTime next = hours.nextOpening(now).atZone(hours.zone());
    return messages.get(c.language(), "case.expect.outsideHours", day(c.language(), now, next), next.format(TIME));
  }

  private String day(Language language, Instant now, ZonedDateTime next) {
    LocalDate today = now.atZone(hours.zone()).toLocalDate();
    if (next.toLocalDate().equals(today)) {
      return messages.get(language, "case.day.today");
    }
    if (next.toLocalDate().equals(today.plusDays(1))) {
      return messages.get(language, "case.day.tomorrow");
    }
    return messages.get(language, "case.day." + next.getDayOfWeek().getValue());
  }

  /** Consecutive days as ranges ("Monday–Friday"), others listed. */
  private String days(Language language) {
    List<String> parts = new ArrayList<>();
    List<DayOfWeek> run = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours.days().contains(day)) {
        run.add(day);
      } else {
        flush(run, parts, language);
      }
    }
    flush(run, parts, language);
    return String.join(", ", parts);
  }

  private static void flush(List<DayOfWeek> run, List<String> parts, Language language) {
    if (run.isEmpty()) {
      return;
    }
    String first = run.get(0).getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    String last = run.get(run.size() - 1).getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    parts.add(run.size() == 1 ? first : run.size() == 2 ? first + ", " + last : first + "–" + last);
    run.clear();
  }

  static String number(Case c) {
    return Long.toString(c.id()); // a String, so MessageFormat prints 1234, not 1,234
  }
}
