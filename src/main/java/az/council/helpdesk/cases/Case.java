package az.council.helpdesk.cases;

import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.util.Optional;

/**
 * One hand-off to the Council, as stored. {@code id} is the case number members and the user see.
 *
 * @param citizenship as in the inquiry log (ISO alpha-2, {@code azerbaijani-abroad}, {@code stateless}, {@code
 *     unknown}); empty when the person never said
 * @param threadId the forum topic; {@code anchorId} the summary message (the reply thread hangs on it)
 */
public record Case(
    long id,
    long userId,
    long chatId,
    Language language,
    Optional<Topic> topic,
    Optional<String> citizenship,
    Optional<Urgency> urgency,
    HandOff.Reason reason,
    String groupId,
    CaseStatus status,
    Optional<Long> claimedBy,
    ThreadState threadState,
    Optional<Integer> threadId,
    Optional<Integer> anchorId,
    Optional<Outcome> outcome,
    CaseTimes times) {

  /** Urgent in the sense of the timers: flagged by the triage for something other than asking for a person. */
  public boolean urgent() {
    return urgency.filter(u -> u != Urgency.HUMAN_REQUEST).isPresent();
  }

  /** Where the case's posts go: its forum topic, else a reply to its summary, else the general chat. */
  public Placement placement() {
    if (threadId.isPresent()) {
      return Placement.topic(threadId.get());
    }
    return anchorId.map(Placement::replyTo).orElse(Placement.GENERAL);
  }

  public boolean claimedBy(long memberId) {
    return status == CaseStatus.CLAIMED && claimedBy.equals(Optional.of(memberId));
  }
}
