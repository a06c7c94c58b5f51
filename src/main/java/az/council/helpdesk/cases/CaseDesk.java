package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.stats.InquiryLog;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-off desk: events in, {@link StaffAction}s out, no Telegram. The adapter performs the actions in order
 * and reports back what the desk needs ({@link #topicCreated}, {@link #delivered}); it calls {@link #tick} every
 * minute. Safe to call from several threads: every decision that could race is one store transaction.
 */
public final class CaseDesk {
  private static final Logger log = LoggerFactory.getLogger(CaseDesk.class);
  private final CaseStorage storage;
  private final Roster roster;
  private final Opening opening;
  private final UserSide userSide;
  private final StaffSide staffSide;
  private final CaseTimers timers;
  private final Finishing finishing;
  private final ThreadPosts posts;
  private final StaffText staffText;

  /** Wires the desk and grants {@code ADMIN_IDS} the admin role. */
  public CaseDesk(CasesConfig config, CaseStorage storage, Routing routing, FaqCatalog catalog, Triage triage,
      InquiryLog inquiries, CaseOutcomes outcomes, Messages messages, Clock clock) {
    this.storage = storage;
    CaseStore cases = storage.cases();
    CaseThreads threads = storage.threads();
    this.staffText = new StaffText(messages, config.staffLanguage());
    CaseText userText = new CaseText(messages, config.hours());
    StaffChat staff = new StaffChat(config.staffChatId());
    this.roster = new Roster(storage.roster(), config.adminIds(), clock);
    Announcer announcer = new Announcer(storage.roster(), routing, staffText);
    CaseSummary summary = new CaseSummary(triage, staffText, routing);
    this.posts = new ThreadPosts(staff, summary, announcer, cases, threads, storage.roster());
    this.finishing = new Finishing(cases, posts, staff, userText, staffText, outcomes, clock);
    this.opening = new Opening(config, cases, threads, routing, summary, posts, userText, staffText, inquiries, clock);
    this.userSide = new UserSide(cases, threads, staff, posts, finishing, userText, staffText, routing, triage,
        new ReplyText(catalog, messages), outcomes, clock);
    Claims claims = new Claims(cases, storage.roster(), staff, posts, userText, staffText, clock);
    FaqInsert faq = new FaqInsert(catalog, triage, cases, staff, claims, userText, staffText, clock);
    CaseCommands caseCommands = new CaseCommands(cases, roster, routing, staff, posts, announcer, finishing, faq,
        claims, summary, staffText, outcomes, clock);
    this.staffSide = new StaffSide(roster, cases, threads, staff, claims, caseCommands,
        new RosterCommands(roster, routing, staff, staffText, clock),
        new StaffButtons(cases, routing, staff, claims, caseCommands, finishing, faq, staffText), userText, staffText,
        clock);
    this.timers = new CaseTimers(config, cases, threads, storage.roster(), announcer, posts, staff, opening, userText,
        staffText, clock.instant());
    roster.bootstrap();
  }

  /**
   * The conversation's {@link Action.HandOff}: opens a case, or joins the user's open one. {@code key} names the
   * hand-off (its outbox row); the same key again is the same hand-off repeated after a crash.
   */
  public List<StaffAction> handOff(long key, Action.HandOff handOff) {
    return opening.handOff(key, handOff);
  }

  /**
   * An event from a user's private chat. Empty when it is not the desk's business (no open case, and not a case
   * button): the conversation handles it then. While a case is open, texts, media and edits go to the case,
   * {@code /cancel} cancels it, {@code /human} is answered here; other commands stay with the conversation.
   */
  public Optional<List<StaffAction>> fromUser(Event event) {
    return userSide.handle(event);
  }

  /** An event from the staff group (the adapter drops every other group). */
  public List<StaffAction> fromStaff(StaffEvent event) {
    return staffSide.handle(event);
  }

  /** After {@link StaffAction.CreateTopic} succeeded: the topic's {@code message_thread_id}. */
  public List<StaffAction> topicCreated(long caseId, int threadId) {
    return opening.topicCreated(caseId, threadId);
  }

  /** After {@link StaffAction.CreateTopic} failed for good: the case gets a reply thread in the general chat. */
  public List<StaffAction> topicFailed(long caseId, String reason) {
    return opening.topicFailed(caseId, reason);
  }

  /** After an action carrying a {@link Receipt} produced the message {@code messageId}. */
  public List<StaffAction> delivered(Receipt receipt, int messageId) {
    return switch (receipt.kind()) {
      case SUMMARY -> opening.anchored(receipt.caseId(), messageId);
      case NOTICE -> link(receipt.caseId(), messageId, Optional.empty(), CaseThreads.Direction.BOT);
      case USER_MESSAGE -> link(receipt.caseId(), messageId, Optional.of(receipt.sourceMessageId()),
          CaseThreads.Direction.IN);
      case MEMBER_MESSAGE -> link(receipt.caseId(), receipt.sourceMessageId(), Optional.of(messageId),
          CaseThreads.Direction.OUT);
    };
  }

  /** An action carrying a {@link Receipt} failed for good (e.g. the user blocked the bot): members are told. */
  public List<StaffAction> undelivered(Receipt receipt, String reason) {
    log.warn("case {}: {} not delivered: {}", receipt.caseId(), receipt.kind(), reason);
    if (receipt.kind() != Receipt.Kind.MEMBER_MESSAGE) {
      return List.of(); // a lost summary is re-created by the timers; a lost notice only costs a reply route
    }
    return posts.note(receipt.caseId(), staffText.get("undelivered", reason));
  }

  /** Re-announcements, released claims and reminders due at {@code now}; the adapter calls this every minute. */
  public List<StaffAction> tick(Instant now) {
    return timers.tick(now);
  }

  /** Whether the user's private messages currently belong to a case. */
  public boolean hasOpenCase(long userId) {
    return storage.cases().openCaseOf(userId).isPresent();
  }

  /** The person's role in the staff group, for features outside cases (only secretaries and admins export). */
  public Optional<Role> roleOf(long userId) {
    return roster.roleOf(userId);
  }

  /** {@code /forget}: cancels the person's open case, then deletes their case texts and unlinks their cases. */
  public List<StaffAction> forget(long userId) {
    List<StaffAction> actions = storage.cases().openCaseOf(userId).flatMap(finishing::cancel).orElse(List.of());
    storage.cases().forget(userId);
    return actions;
  }

  /** Deletes the texts of cases finished before {@code closedBefore} (retention); returns how many cases. */
  public int purgeTexts(Instant closedBefore) {
    return storage.cases().purgeTexts(closedBefore);
  }

  private List<StaffAction> link(long caseId, int staffMessageId, Optional<Integer> userMessageId,
      CaseThreads.Direction direction) {
    storage.threads().link(caseId, staffMessageId, userMessageId, direction);
    return List.of();
  }
}
