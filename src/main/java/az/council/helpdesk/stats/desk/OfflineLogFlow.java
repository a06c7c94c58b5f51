package az.council.helpdesk.stats.desk;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.stats.Citizenship;
import az.council.helpdesk.stats.CitizenshipNames;
import az.council.helpdesk.stats.MemberLog;
import az.council.helpdesk.stats.OfflineConsultation;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.stats.desk.SecretaryAction.AnswerPress;
import az.council.helpdesk.stats.desk.SecretaryAction.EditText;
import az.council.helpdesk.stats.desk.SecretaryAction.SendText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /log}: citizenship → topic → outcome, one message edited step by step, then recorded with an undo
 * button for {@link #UNDO_WINDOW}. One draft per person, in memory (a restart only loses unfinished drafts);
 * a press is honoured only for the person's current draft and step, anything else is refused as stale.
 * Not thread-safe: {@link SecretaryDesk} serialises calls.
 */
final class OfflineLogFlow {
  static final Duration UNDO_WINDOW = Duration.ofMinutes(1);
  /** An unfinished draft left alone this long is forgotten; its buttons then answer as stale. */
  static final Duration IDLE = Duration.ofMinutes(15);

  private sealed interface Step {}

  private record AskCountry() implements Step {}

  private record TypeCountry() implements Step {}

  private record AskTopic(Citizenship citizenship) implements Step {}

  private record AskOutcome(Citizenship citizenship, Topic topic) implements Step {}

  private record Recorded(long inquiryId, Instant at, Citizenship citizenship, Topic topic, Outcome outcome)
      implements Step {}

  private record Draft(long id, Instant touched, Step step) {}

  private final MemberLog log;
  private final LogScreens screens;
  private final CitizenshipNames names;
  private final Clock clock;
  private final Map<Long, Draft> drafts = new HashMap<>();
  private long lastDraft;

  OfflineLogFlow(MemberLog log, LogScreens screens, CitizenshipNames names, Clock clock) {
    this.log = log;
    this.screens = screens;
    this.names = names;
    this.clock = clock;
  }

  /** {@code /log}: a new draft (replacing an unfinished one, whose buttons go stale). */
  List<SecretaryAction> start(long userId, Place place) {
    forgetExpired();
    long id = ++lastDraft;
    drafts.put(userId, new Draft(id, clock.instant(), new AskCountry()));
    LogScreens.Screen screen = screens.askCountry(id);
    return List.of(new SendText(place, screen.text(), screen.keyboard()));
  }

  boolean awaitsText(long userId) {
    forgetExpired();
    Draft draft = drafts.get(userId);
    return draft != null && draft.step() instanceof TypeCountry;
  }

  /** A typed country name, while one is awaited. */
  List<SecretaryAction> typed(long userId, Place place, String text) {
    forgetExpired();
    Draft draft = drafts.get(userId);
    if (draft == null || !(draft.step() instanceof TypeCountry)) {
      return List.of();
    }
    Optional<Citizenship> citizenship = names.resolve(text);
    LogScreens.Screen screen = citizenship.isPresent() ? screens.askTopic(draft.id(), citizenship.get())
        : screens.countryNotFound(draft.id(), text);
    citizenship.ifPresent(c -> drafts.put(userId, new Draft(draft.id(), clock.instant(), new AskTopic(c))));
    return List.of(new SendText(place, screen.text(), screen.keyboard()));
  }

  /** A press on one of this flow's buttons (already decoded, but not yet checked against the draft). */
  List<SecretaryAction> press(SecretaryEvent.Press press, LogButton button) {
    forgetExpired();
    Draft draft = drafts.get(press.userId());
    if (draft == null || draft.id() != button.draft()) {
      return stale(press);
    }
    long id = draft.id();
    Instant now = clock.instant();
    Optional<Step> next = Optional.empty();
    LogScreens.Screen screen;
    switch (draft.step()) {
      case AskCountry s when button instanceof LogButton.OtherCountry -> {
        next = Optional.of(new TypeCountry());
        screen = screens.typeCountry(id);
      }
      case AskCountry s when button instanceof LogButton.Country c -> {
        next = Optional.of(new AskTopic(c.citizenship()));
        screen = screens.askTopic(id, c.citizenship());
      }
      case AskTopic s when button instanceof LogButton.TopicChoice t -> {
        next = Optional.of(new AskOutcome(s.citizenship(), t.topic()));
        screen = screens.askOutcome(id, s.citizenship(), t.topic());
      }
      case AskOutcome s when button instanceof LogButton.OutcomeChoice o -> {
        long inquiryId = log.recordOffline(new OfflineConsultation(now, s.citizenship(), Optional.of(s.topic()),
            Optional.of(o.outcome())));
        next = Optional.of(new Recorded(inquiryId, now, s.citizenship(), s.topic(), o.outcome()));
        screen = screens.recorded(id, s.citizenship(), s.topic(), o.outcome(), true);
      }
      case Recorded r when button instanceof LogButton.Undo -> {
        if (now.isAfter(r.at().plus(UNDO_WINDOW))) {
          drafts.remove(press.userId());
          return List.of(answer(press, Optional.of(screens.text("secretary.log.undoTooLate"))),
              edit(press, screens.recorded(id, r.citizenship(), r.topic(), r.outcome(), false)));
        }
        log.withdrawOffline(r.inquiryId());
        screen = screens.plain("secretary.log.undone");
      }
      case Step s when button instanceof LogButton.Cancel && !(s instanceof Recorded) ->
          screen = screens.plain("secretary.log.cancelled");
      default -> {
        return stale(press);
      }
    }
    next.ifPresentOrElse(step -> drafts.put(press.userId(), new Draft(id, now, step)),
        () -> drafts.remove(press.userId()));
    return List.of(answer(press, Optional.empty()), edit(press, screen));
  }

  private List<SecretaryAction> stale(SecretaryEvent.Press press) {
    return List.of(answer(press, Optional.of(screens.text("secretary.button.stale"))));
  }

  private static AnswerPress answer(SecretaryEvent.Press press, Optional<String> notice) {
    return new AnswerPress(press.pressId(), notice);
  }

  private static EditText edit(SecretaryEvent.Press press, LogScreens.Screen screen) {
    return new EditText(press.place().chatId(), press.messageId(), screen.text(), screen.keyboard());
  }

  private void forgetExpired() {
    Instant now = clock.instant();
    // A recorded draft stays as long, so that a late Undo is told "too late" rather than "stale".
    drafts.values().removeIf(d -> now.isAfter(d.touched().plus(IDLE)));
  }
}
