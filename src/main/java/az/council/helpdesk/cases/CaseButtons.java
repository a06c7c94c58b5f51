package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import java.util.Optional;

/**
 * The inline buttons' callback data (at most 64 bytes). Data comes back untrusted: decoding only checks the
 * shape; whoever handles a press checks the case against the presser (a member, or the case's own user).
 */
final class CaseButtons {
  static final String USER_PREFIX = "case:";
  private static final String STAFF_PREFIX = "k:";

  private CaseButtons() {}

  sealed interface Pressed {
    long caseId();
  }

  record Claim(long caseId) implements Pressed {}

  record Close(long caseId) implements Pressed {}

  record Transfer(long caseId) implements Pressed {}

  record CloseWith(long caseId, Outcome outcome) implements Pressed {}

  record MoveTo(long caseId, String groupId) implements Pressed {}

  record Rate(long caseId, boolean helpful) implements Pressed {}

  record SendFaq(long caseId, String entryId) implements Pressed {}

  static String claim(long caseId) {
    return STAFF_PREFIX + "claim:" + caseId;
  }

  static String close(long caseId) {
    return STAFF_PREFIX + "close:" + caseId;
  }

  static String transfer(long caseId) {
    return STAFF_PREFIX + "xfer:" + caseId;
  }

  static String closeWith(long caseId, Outcome outcome) {
    return STAFF_PREFIX + "out:" + caseId + ":" + outcome.id();
  }

  static String moveTo(long caseId, String groupId) {
    return STAFF_PREFIX + "to:" + caseId + ":" + groupId;
  }

  static String sendFaq(long caseId, String entryId) {
    return STAFF_PREFIX + "faq:" + caseId + ":" + entryId;
  }

  static String rate(long caseId, boolean helpful) {
    return USER_PREFIX + "rate:" + caseId + ":" + (helpful ? "y" : "n");
  }

  static Optional<Pressed> decode(String data) {
    String[] parts = data.split(":", 4);
    if (parts.length < 3) {
      return Optional.empty();
    }
    Optional<Long> id = caseId(parts[2]);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    long caseId = id.get();
    String arg = parts.length == 4 ? parts[3] : "";
    return switch (parts[0] + ":" + parts[1]) {
      case "k:claim" -> Optional.of(new Claim(caseId));
      case "k:close" -> Optional.of(new Close(caseId));
      case "k:xfer" -> Optional.of(new Transfer(caseId));
      case "k:out" -> Outcome.fromId(arg).map(o -> new CloseWith(caseId, o));
      case "k:to" -> arg.isBlank() ? Optional.empty() : Optional.of(new MoveTo(caseId, arg));
      case "k:faq" -> arg.isBlank() ? Optional.empty() : Optional.of(new SendFaq(caseId, arg));
      case "case:rate" -> arg.equals("y") || arg.equals("n") ? Optional.of(new Rate(caseId, arg.equals("y")))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Long> caseId(String text) {
    try {
      long id = Long.parseLong(text);
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
