package az.council.helpdesk.stats.desk;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.Outcome;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A button of the {@code /log} flow, carrying the number of the draft it belongs to so that a button from an
 * earlier, finished or expired draft is recognised as stale. Encoded as short ASCII ({@code sl:7:t:asylum}),
 * well under Telegram's 64 bytes; decoding never throws and never trusts the data.
 */
sealed interface LogButton {
  String PREFIX = "sl:";

  long draft();

  record Country(long draft, Citizenship citizenship) implements LogButton {}

  /** "Other": the member types the country's name. */
  record OtherCountry(long draft) implements LogButton {}

  record TopicChoice(long draft, Topic topic) implements LogButton {}

  record OutcomeChoice(long draft, Outcome outcome) implements LogButton {}

  record Undo(long draft) implements LogButton {}

  record Cancel(long draft) implements LogButton {}

  Pattern DRAFT = Pattern.compile("[0-9]{1,9}");

  static String encode(LogButton button) {
    String tail = switch (button) {
      case Country c -> "c:" + c.citizenship().code();
      case OtherCountry o -> "c:other";
      case TopicChoice t -> "t:" + t.topic().id();
      case OutcomeChoice o -> "o:" + o.outcome().id();
      case Undo u -> "u";
      case Cancel c -> "x";
    };
    return PREFIX + button.draft() + ":" + tail;
  }

  static Optional<LogButton> decode(String data) {
    if (data.length() > 64 || !data.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] p = data.substring(PREFIX.length()).split(":", -1);
    if (p.length < 2 || !DRAFT.matcher(p[0]).matches()) {
      return Optional.empty();
    }
    long draft = Long.parseLong(p[0]);
    String value = p.length == 3 ? p[2] : "";
    if (p.length > 3 || (p.length == 3) == (p[1].equals("u") || p[1].equals("x"))) {
      return Optional.empty();
    }
    return switch (p[1]) {
      case "c" -> value.equals("other") ? Optional.of(new OtherCountry(draft))
          : Citizenship.parse(value).filter(c -> c.code().equals(value)).map(c -> new Country(draft, c));
      case "t" -> Topic.fromId(value).map(t -> new TopicChoice(draft, t));
      case "o" -> Outcome.fromId(value).map(o -> new OutcomeChoice(draft, o));
      case "u" -> Optional.of(new Undo(draft));
      case "x" -> Optional.of(new Cancel(draft));
      default -> Optional.empty();
    };
  }
}
