package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.time.Instant;
import java.util.Optional;

/**
 * A finished case for the statistics. {@code outcome} is empty when the user cancelled; {@code firstReplyAt}
 * (the first member message relayed to the user) gives the time to first reply.
 */
public record CaseReport(
    long caseId,
    long telegramUserId,
    Language language,
    Optional<String> citizenship,
    Optional<Topic> topic,
    Optional<Urgency> urgency,
    String groupId,
    CaseStatus status,
    Optional<Outcome> outcome,
    Instant openedAt,
    Optional<Instant> firstReplyAt,
    Instant closedAt) {

  static CaseReport of(Case c, Instant closedAt) {
    return new CaseReport(c.id(), c.userId(), c.language(), c.citizenship(), c.topic(), c.urgency(), c.groupId(),
        c.status(), c.outcome(), c.times().openedAt(), c.times().firstReplyAt(), closedAt);
  }
}
