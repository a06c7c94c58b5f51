package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A hand-off as the store receives it: a case to open, or to join when the user already has one open.
 * {@code handOffKey} names the hand-off (its outbox row), so that performing it again after a crash finds the
 * case it opened instead of opening or joining anew.
 */
public record NewCase(
    long userId,
    long chatId,
    Language language,
    Optional<Topic> topic,
    Optional<String> citizenship,
    Optional<Urgency> urgency,
    HandOff.Reason reason,
    String groupId,
    List<String> questions,
    Instant at,
    long handOffKey) {

  public NewCase {
    questions = List.copyOf(questions);
  }
}
