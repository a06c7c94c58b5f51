package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.triage.Urgency;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What members read in the staff group ({@code staff.*} messages), in the configured staff language. */
final class StaffText {
  private final Messages messages;
  private final Language language;

  StaffText(Messages messages, Language language) {
    this.messages = messages;
    this.language = language;
  }

  Language language() {
    return language;
  }

  String get(String key, Object... args) {
    return messages.get(language, "staff." + key, args);
  }

  String urgency(Urgency urgency) {
    return get("urgency." + urgency.name());
  }

  String reason(HandOff.Reason reason) {
    return get("reason." + reason.name());
  }

  String outcome(Outcome outcome) {
    return get("outcome." + outcome.id());
  }

  String role(Role role) {
    return get("role." + role.id());
  }

  /** A country name from the JDK's CLDR data for ISO codes, else the special values in words. */
  String citizenship(Optional<String> citizenship) {
    String value = citizenship.orElse("unknown");
    if (value.matches("[A-Za-z]{2}")) {
      String name = Locale.of("", value.toUpperCase(Locale.ROOT)).getDisplayCountry(language.locale());
      return name.isBlank() ? value.toUpperCase(Locale.ROOT) : name;
    }
    return switch (value) {
      case "stateless", "azerbaijani-abroad" -> get("citizenship." + value);
      default -> get("citizenship.unknown");
    };
  }

  /** "45 min", "2 h", "1 h 30 min" in the staff language. */
  String duration(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return get("duration.minutes", Long.toString(rest));
    }
    String h = get("duration.hours", Long.toString(hours));
    return rest == 0 ? h : h + " " + get("duration.minutes", Long.toString(rest));
  }

  static String ids(Collection<String> ids) {
    return ids.stream().collect(Collectors.joining(", "));
  }
}
