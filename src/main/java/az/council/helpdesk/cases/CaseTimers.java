package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock-driven part, run by {@link CaseDesk#tick} every minute: an unclaimed case is re-announced to its
 * group's lead, then to everyone (and the user told honestly that it is still waiting); a claim without any reply
 * to the user is released back to the group; a member whose user waits too long is reminded. Ordinary cases count
 * working time only, urgent ones wall-clock time. All state lives in the store, so a restart loses nothing.
 */
final class CaseTimers {
  /** A thread creation unanswered this long is re-issued (the adapter crashed between send and report). */
  static final Duration STUCK_THREAD = Duration.ofMinutes(15);
  private static final Logger log = LoggerFactory.getLogger(CaseTimers.class);
  private final CasesConfig config;
  private final CaseStore cases;
  private final CaseThreads threads;
  private final RosterStore roster;
  private final Announcer announcer;
  private final ThreadPosts posts;
  private final StaffChat staff;
  private final Opening opening;
  private final CaseText userText;
  private final StaffText text;
  private final Instant startedAt;

  /**
   * @param startedAt when this process started: a thread still pending from before it can no longer be on its
   *     way (its request died with the previous process, or was queued and will close as a duplicate topic), so
   *     it is re-issued at the first tick instead of after {@link #STUCK_THREAD} — an urgent case must not wait
   *     a quarter of an hour for its thread because the bot restarted
   */
  CaseTimers(CasesConfig config, CaseStore cases, CaseThreads threads, RosterStore roster, Announcer announcer,
      ThreadPosts posts, StaffChat staff, Opening opening, CaseText userText, StaffText text, Instant startedAt) {
    this.config = config;
    this.cases = cases;
    this.threads = threads;
    this.roster = roster;
    this.announcer = announcer;
    this.posts = posts;
    this.staff = staff;
    this.opening = opening;
    this.userText = userText;
    this.text = text;
    this.startedAt = startedAt;
  }

  List<StaffAction> tick(Instant now) {
    List<StaffAction> actions = new ArrayList<>();
    for (Case c : cases.active()) {
      actions.addAll(switch (c.threadState()) {
        case NONE -> List.<StaffAction>of();
        case PENDING -> stuck(c, now);
        case READY -> c.status() == CaseStatus.OPEN ? unclaimed(c, now) : claimed(c, now);
      });
    }
    return actions;
  }

  private List<StaffAction> stuck(Case c, Instant now) {
    if (c.times().pendingSince().map(p -> !p.isBefore(startedAt) && now.isBefore(p.plus(STUCK_THREAD)))
        .orElse(false)) {
      return List.of();
    }
    log.warn("case {}: its thread was not reported created; creating it again", c.id());
    threads.retry(c.id(), now);
    return List.of(opening.createThread(c));
  }

  private List<StaffAction> unclaimed(Case c, Instant now) {
    Duration wait = c.urgent() ? config.timers().urgentAnnounceAfter() : config.timers().announceAfter();
    if (c.times().announceStage() >= 2 || now.isBefore(due(c, c.times().announcedAt(), wait))) {
      return List.of();
    }
    String waited = text.duration(Duration.between(c.times().openedAt(), now));
    List<Member> leads = announcer.leads(c);
    if (c.times().announceStage() == 0 && !leads.isEmpty()) {
      cases.announced(c.id(), 1, now);
      return List.of(staff.post(c, new MentionText()
          .append(text.get("reannounce.lead", CaseText.number(c), waited)).append(" ").mentionAll(leads)));
    }
    cases.announced(c.id(), 2, now);
    return List.of(
        staff.post(c, new MentionText().append(text.get("reannounce.all", CaseText.number(c), waited)).append(" ")
            .mentionAll(announcer.everyone(c.language()))),
        new StaffAction.SendToUser(c.chatId(), userText.stillWaiting(c, now),
            Keyboard.NONE, Optional.empty()));
  }

  private List<StaffAction> claimed(Case c, Instant now) {
    Optional<Member> holder = c.claimedBy().flatMap(roster::find);
    CaseTimes times = c.times();
    if (!times.repliedSinceClaim()) {
      Instant claimedAt = times.claimedAt().orElse(times.announcedAt());
      if (now.isBefore(due(c, claimedAt, config.timers().claimReleaseAfter())) || !cases.release(c.id(), now)) {
        return List.of();
      }
      String silent = text.duration(config.timers().claimReleaseAfter());
      Case released = cases.find(c.id()).orElseThrow();
      String notice = text.get("released", MentionText.MARK, silent) + "\n";
      MentionText lead = holder.map(h -> MentionText.around(notice, h))
          .orElseGet(() -> new MentionText().append(notice.replace(MentionText.MARK, "?")));
      List<StaffAction> actions = new ArrayList<>();
      actions.add(staff.post(released, announcer.announce(released, lead)));
      c.claimedBy().ifPresent(id -> actions.add(new StaffAction.NotifyMember(id,
          text.get("released.dm", CaseText.number(c), silent))));
      posts.refreshSummary(c.id()).ifPresent(actions::add);
      return actions;
    }
    Optional<Instant> waiting = times.userWaitingSince();
    if (waiting.isEmpty() || times.remindedAt().filter(r -> !r.isBefore(waiting.get())).isPresent()
        || now.isBefore(due(c, waiting.get(), config.timers().remindAfter())) || holder.isEmpty()) {
      return List.of();
    }
    cases.reminded(c.id(), now);
    String waited = text.duration(Duration.between(waiting.get(), now));
    return List.of(
        staff.post(c, MentionText.around(text.get("remind", MentionText.MARK, CaseText.number(c), waited),
            holder.get())),
        new StaffAction.NotifyMember(holder.get().userId(), text.get("remind.dm", CaseText.number(c), waited)));
  }

  /** Urgent cases run on the wall clock; the others only while the Council works. */
  private Instant due(Case c, Instant from, Duration wait) {
    return c.urgent() ? from.plus(wait) : config.hours().plusWorkingTime(from, wait);
  }
}
