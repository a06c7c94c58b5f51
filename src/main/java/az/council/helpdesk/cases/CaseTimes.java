package az.council.helpdesk.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * When things happened to a case; the timers work from these.
 *
 * @param announcedAt when the case was last announced to members (opening, release, transfer, re-announcement)
 * @param announceStage 0 announced to its working group, 1 re-announced to the group lead, 2 to everyone
 * @param userWaitingSince the user's first message since the member last answered; empty when answered
 */
public record CaseTimes(
    Instant openedAt,
    Instant announcedAt,
    int announceStage,
    Optional<Instant> pendingSince,
    Optional<Instant> claimedAt,
    Optional<Instant> firstReplyAt,
    Optional<Instant> lastMemberReplyAt,
    Optional<Instant> userWaitingSince,
    Optional<Instant> remindedAt,
    Optional<Instant> closedAt) {

  /** Whether the member holding the claim has written to the user since claiming. */
  public boolean repliedSinceClaim() {
    return claimedAt.isPresent() && lastMemberReplyAt.isPresent() && !lastMemberReplyAt.get().isBefore(claimedAt.get());
  }
}
