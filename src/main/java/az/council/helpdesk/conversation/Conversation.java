package az.council.helpdesk.conversation;

import az.council.helpdesk.faq.FaqCatalog;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import az.council.helpdesk.profiles.Profile;
import az.council.helpdesk.profiles.Profiles;
import az.council.helpdesk.stats.InquiryLog;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.TriageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migrant's conversation, free of Telegram: one event in, the actions to take out. Thread-safe; events
 * of one person are handled one at a time (their session lock), different people in parallel.
 */
public final class Conversation implements EventHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
  /** Profiles of people silent this long are deleted; the privacy notice promises it. */
  static final Duration RETENTION = Duration.ofDays(365);
  /** Writing last_seen at most daily keeps a chatty person from costing a write per message. */
  private static final Duration SEEN_GRANULARITY = Duration.ofDays(1);

  private final Messages messages;
  private final Profiles profiles;
  private final Clock clock;
  private final Sessions sessions;
  private final Commands commands;
  private final Presses presses;
  private final Replies replies;
  private final CitizenshipPicker citizenship;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

  /** The conversation over the real triage engine. */
  public Conversation(Triage triage, FaqCatalog catalog, Messages messages, Profiles profiles, InquiryLog log,
      Clock clock) {
    this(triage::triage, catalog, messages, profiles, log, clock);
  }

  /** With any triage function (tests script its verdicts; the bot wraps the engine to measure it). */
  public Conversation(BiFunction<String, Language, TriageResult> triage, FaqCatalog catalog, Messages messages,
      Profiles profiles, InquiryLog log, Clock clock) {
    this.messages = messages;
    this.profiles = profiles;
    this.clock = clock;
    this.sessions = new Sessions(clock);
    Menus menus = new Menus(messages, catalog);
    this.citizenship = new CitizenshipPicker(messages, log);
    this.replies = new Replies(triage, messages, log, new AnswerView(catalog, messages, menus), menus, citizenship);
    this.commands = new Commands(messages, menus, replies);
    this.presses = new Presses(catalog, messages, log, profiles, menus, replies, citizenship, commands);
  }

  @Override
  public List<Action> handle(Event event) {
    purgeDaily();
    Sender sender = event.sender();
    Session session = sessions.of(sender.userId());
    session.lock.lock();
    try {
      Optional<Profile> stored = profiles.find(sender.userId());
      Profile profile = LanguagePolicy.followClient(
          stored.orElseGet(() -> LanguagePolicy.newProfile(sender.userId(), sender.clientLanguage(), clock.instant())),
          sender.clientLanguage());
      Turn turn = new Turn(event, session, profile);
      if (!(event instanceof Event.Press) && FloodGuard.noticeDue(session.flood, clock.instant())) {
        LOG.info("user {} is sending more than {} messages a minute", sender.userId(), FloodGuard.LIMIT);
        turn.send(Screen.text(messages.get(turn.language(), "chat.flood")));
      }
      dispatch(turn, event);
      if (!turn.isForgotten()) {
        saveIfChanged(stored, turn.profile());
      }
      LOG.debug("{} from user {} → {} actions", event.getClass().getSimpleName(), sender.userId(), turn.actions().size());
      return turn.actions();
    } finally {
      session.lock.unlock();
    }
  }

  /**
   * Whether the event confirms {@code /forget} (the press on "delete"), so that other features holding data about
   * the person (the cases desk) can forget them too.
   */
  public static boolean confirmsForget(Event event) {
    return event instanceof Event.Press p
        && CallbackCodec.decode(p.data()).filter(c -> c.equals(new Callback.Forget(true))).isPresent();
  }

  private void dispatch(Turn turn, Event event) {
    switch (event) {
      case Event.Text t -> text(turn, t.text());
      case Event.Edited e -> text(turn, e.text());
      case Event.Command c -> commands.handle(turn, c);
      case Event.Press p -> presses.handle(turn, p);
      case Event.Media m -> {
        turn.send(Screen.text(messages.get(turn.language(), "chat.media." + m.kind().name().toLowerCase(Locale.ROOT))));
        // A caption is a message too: answer it rather than lose it.
        m.caption().filter(c -> !c.isBlank()).ifPresent(caption -> text(turn, caption));
      }
    }
  }

  private void text(Turn turn, String text) {
    if (text.isBlank()) {
      return;
    }
    Session session = turn.session();
    if (session.pending == Session.Pending.COUNTRY) {
      if (CitizenshipPicker.looksLikeName(text)) {
        turn.send(citizenship.typed(turn, text));
        return;
      }
      // A sentence is a new question, not a country: stop waiting for the name.
      session.pending = Session.Pending.NONE;
    }
    replies.question(turn, text);
  }

  private void saveIfChanged(Optional<Profile> stored, Profile profile) {
    Instant now = clock.instant();
    boolean stale = stored.map(p -> p.lastSeen().plus(SEEN_GRANULARITY).isBefore(now)).orElse(true);
    Profile seen = stale ? profile.seenAt(now) : profile;
    if (stored.isEmpty() || !stored.get().equals(seen)) {
      profiles.save(seen);
    }
  }

  /** Retention without a scheduler: the first event of each day deletes profiles idle for a year. */
  private void purgeDaily() {
    Instant now = clock.instant();
    Instant last = lastPurge.get();
    if (last.plus(Duration.ofDays(1)).isBefore(now) && lastPurge.compareAndSet(last, now)) {
      int deleted = profiles.deleteIdleSince(now.minus(RETENTION));
      if (deleted > 0) {
        LOG.info("deleted {} profiles idle for more than {} days", deleted, RETENTION.toDays());
      }
    }
  }
}
