package az.council.helpdesk.cases;

import az.council.helpdesk.support.MutableClock;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.store.Database;
import az.council.helpdesk.store.SqliteCaseStore;
import az.council.helpdesk.store.SqliteCaseThreads;
import az.council.helpdesk.store.SqliteRosterStore;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.Urgency;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A desk over SQLite in a temporary folder, a fake clock and a {@link FakeTelegram}; helpers play the user and
 * the members. The FAQ and its triage are built once per test run (they are immutable).
 */
final class DeskFixture implements AutoCloseable {
  static final long STAFF_CHAT = -1001234567890L;
  static final Staffer ADMIN = new Staffer(1, "Azər", Optional.of("azer_admin"));
  static final FaqCatalog CATALOG = FaqCatalog.load(Path.of("faq"));
  static final Triage TRIAGE = Triage.over(CATALOG, 1_000);
  static final Messages MESSAGES = new Messages();
  /** Tuesday 10:00 in Baku: working time. */
  static final Instant TUESDAY_10 = Instant.parse("2026-03-03T06:00:00Z");

  final MutableClock clock;
  final Database db;
  final CaseStorage storage;
  final FakeTelegram telegram;
  final FakeInquiryLog inquiries = new FakeInquiryLog();
  final RecordingOutcomes outcomes = new RecordingOutcomes();
  final CasesConfig config;
  final CaseDesk desk;
  private final java.util.concurrent.atomic.AtomicLong handOffKeys = new java.util.concurrent.atomic.AtomicLong();

  DeskFixture(Path dir, CasesConfig.StaffMode mode) {
    this(dir, mode, TUESDAY_10, Language.EN);
  }

  DeskFixture(Path dir, CasesConfig.StaffMode mode, Instant start, Language staffLanguage) {
    this(dir, mode, start, staffLanguage, mode == CasesConfig.StaffMode.FORUM);
  }

  /** {@code topicsEnabled}: whether the group really has topics (the configuration may think so wrongly). */
  DeskFixture(Path dir, CasesConfig.StaffMode mode, Instant start, Language staffLanguage, boolean topicsEnabled) {
    this.clock = new MutableClock(start);
    this.db = Database.open(dir);
    this.storage = new CaseStorage(new SqliteCaseStore(db), new SqliteCaseThreads(db), new SqliteRosterStore(db));
    this.config = new CasesConfig(STAFF_CHAT, mode, staffLanguage, Set.of(ADMIN.userId()),
        WorkingHours.parse("Mon-Fri 09:00-18:00", ZoneId.of("Asia/Baku")), CasesConfig.Timers.DEFAULTS,
        Optional.empty());
    this.telegram = new FakeTelegram(STAFF_CHAT, topicsEnabled);
    this.desk = new CaseDesk(config, storage, Routing.defaults(), CATALOG, TRIAGE, inquiries, outcomes, MESSAGES, clock);
    telegram.attach(desk);
  }

  // --- the user ---

  void handOff(long userId, Language language, HandOff.Reason reason, Optional<Urgency> urgency,
      String... questions) {
    telegram.perform(desk.handOff(nextHandOffKey(), new HandOff(userId, userId, language, reason, urgency,
        List.of(questions))));
  }

  /** A fresh hand-off key, as each outbox row would give. */
  long nextHandOffKey() {
    return handOffKeys.incrementAndGet();
  }

  /** The user writes; returns the message id, or -1 when the desk left the message to the conversation. */
  int userText(long userId, String text) {
    int id = telegram.nextId(userId);
    return user(new Event.Text(sender(userId), clock.instant(), id, text)) ? id : -1;
  }

  int userPhoto(long userId, String caption) {
    int id = telegram.nextId(userId);
    user(new Event.Media(sender(userId), clock.instant(), id, Event.Media.Kind.PHOTO, Optional.of(caption)));
    return id;
  }

  boolean userCommand(long userId, String name) {
    return user(new Event.Command(sender(userId), clock.instant(), telegram.nextId(userId), name, ""));
  }

  void userEdit(long userId, int messageId, String text) {
    user(new Event.Edited(sender(userId), clock.instant(), messageId, text));
  }

  void userPress(long userId, int messageId, String data) {
    user(new Event.Press(sender(userId), clock.instant(), "cb-" + messageId, messageId, data));
  }

  private boolean user(Event event) {
    Optional<List<StaffAction>> actions = desk.fromUser(event);
    actions.ifPresent(telegram::perform);
    return actions.isPresent();
  }

  private static Sender sender(long userId) {
    return Sender.privateChat(userId, "ru");
  }

  // --- the staff group ---

  int staffText(Staffer who, Placement where, String text) {
    int id = telegram.nextId(STAFF_CHAT);
    telegram.perform(desk.fromStaff(new StaffEvent.MemberMessage(who, clock.instant(), where, id,
        new Content.Text(text))));
    return id;
  }

  int staffMedia(Staffer who, Placement where, Event.Media.Kind kind, Optional<String> caption) {
    int id = telegram.nextId(STAFF_CHAT);
    telegram.perform(desk.fromStaff(new StaffEvent.MemberMessage(who, clock.instant(), where, id,
        new Content.Media(kind, caption))));
    return id;
  }

  void staffEdit(Staffer who, Placement where, int messageId, String text) {
    telegram.perform(desk.fromStaff(new StaffEvent.MemberEdit(who, clock.instant(), where, messageId,
        new Content.Text(text))));
  }

  void command(Staffer who, Placement where, String name, String argument) {
    command(who, where, name, argument, Optional.empty());
  }

  void command(Staffer who, Placement where, String name, String argument, Optional<Staffer> repliedTo) {
    int id = telegram.nextId(STAFF_CHAT);
    telegram.perform(desk.fromStaff(new StaffEvent.MemberCommand(who, clock.instant(), where, id, name, argument,
        repliedTo)));
  }

  void press(Staffer who, Placement where, int messageId, String data) {
    telegram.perform(desk.fromStaff(new StaffEvent.ButtonPress(who, clock.instant(), where, messageId,
        "cb-staff-" + messageId, data)));
  }

  void tick() {
    telegram.perform(desk.tick(clock.instant()));
  }

  /** Makes {@code who} a member following {@code group} and speaking {@code languages}, as an admin would. */
  void enrol(Staffer who, String group, String languages) {
    command(ADMIN, Placement.GENERAL, "addmember", who.userId() + " " + who.name());
    desk.fromStaff(new StaffEvent.MemberCommand(who, clock.instant(), Placement.GENERAL, telegram.nextId(STAFF_CHAT),
        "languages", languages, Optional.empty()));
    command(ADMIN, Placement.GENERAL, "subscribe", group + " " + who.userId());
  }

  Case caseOf(long userId) {
    return storage.cases().openCaseOf(userId).orElseThrow(() -> new AssertionError("no open case for " + userId));
  }

  Case find(long caseId) {
    return storage.cases().find(caseId).orElseThrow();
  }

  /** Where a member writes in the case: its forum topic, or (reply threads) a reply to its summary. */
  Placement thread(Case c) {
    return c.threadId().map(Placement::topic).orElseGet(() -> Placement.replyTo(c.anchorId().orElseThrow()));
  }

  @Override
  public void close() {
    db.close();
  }
}
