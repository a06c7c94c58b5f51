package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.triage.Reply;
import az.council.helpdesk.triage.ReplyText;
import az.council.helpdesk.triage.Triage;
import az.council.helpdesk.triage.Urgency;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's side of an open case: messages and media are copied into the case thread, edits are shown there,
 * {@code /cancel} ends the case, and the "did we help?" buttons are recorded. A message that turns out urgent
 * raises the case's urgency (and gives the user the emergency contacts at once).
 */
final class UserSide {
  private final CaseStore cases;
  private final CaseThreads threads;
  private final StaffChat staff;
  private final ThreadPosts posts;
  private final Finishing finishing;
  private final CaseText userText;
  private final StaffText staffText;
  private final Routing routing;
  private final Triage triage;
  private final ReplyText replyText;
  private final CaseOutcomes outcomes;
  private final Clock clock;

  UserSide(CaseStore cases, CaseThreads threads, StaffChat staff, ThreadPosts posts, Finishing finishing,
      CaseText userText, StaffText staffText, Routing routing, Triage triage, ReplyText replyText,
      CaseOutcomes outcomes, Clock clock) {
    this.cases = cases;
    this.threads = threads;
    this.staff = staff;
    this.posts = posts;
    this.finishing = finishing;
    this.userText = userText;
    this.staffText = staffText;
    this.routing = routing;
    this.triage = triage;
    this.replyText = replyText;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  Optional<List<StaffAction>> handle(Event event) {
    if (event instanceof Event.Press press && press.data().startsWith(CaseButtons.USER_PREFIX)) {
      return Optional.of(rate(press));
    }
    Optional<Case> open = cases.openCaseOf(event.sender().userId());
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Case c = open.get();
    return switch (event) {
      case Event.Command cmd when cmd.name().equals("cancel") -> Optional.of(finishing.cancel(c).orElse(List.of()));
      case Event.Command cmd when cmd.name().equals("human") -> Optional.of(List.of(
          new StaffAction.SendToUser(c.chatId(), userText.alreadyOpen(c), Keyboard.NONE, Optional.empty())));
      case Event.Command cmd -> Optional.empty(); // /help, /language, /privacy… stay with the conversation
      case Event.Press press -> Optional.empty();
      case Event.Text text -> Optional.of(text(c, text));
      case Event.Media media -> Optional.of(relay(c, media.messageId()));
      case Event.Edited edited -> Optional.of(edited(c, edited));
    };
  }

  private List<StaffAction> text(Case c, Event.Text text) {
    List<StaffAction> actions = new ArrayList<>(relay(c, text.messageId()));
    if (!c.urgent() && triage.triage(text.text(), c.language()).reply() instanceof Reply.Urgent urgent
        && urgent.reason() != Urgency.HUMAN_REQUEST) {
      String group = routing.route(c.topic(), Optional.of(urgent.reason()), c.citizenship()).id();
      if (cases.escalate(c.id(), urgent.reason(), group, clock.instant())) {
        actions.add(new StaffAction.SendToUser(c.chatId(), replyText.urgent(urgent.reason(), c.language()),
            Keyboard.NONE, Optional.empty()));
        actions.addAll(posts.announce(c.id(), staffText.get("user.urgent", staffText.urgency(urgent.reason()))));
      }
    }
    return actions;
  }

  private List<StaffAction> relay(Case c, int messageId) {
    cases.userWrote(c.id(), clock.instant());
    return threads.relayOrQueue(c.id(), new Queued.Copy(messageId)).map(ready -> List.of(staff.copyIn(ready, messageId)))
        .orElse(List.of());
  }

  private List<StaffAction> edited(Case c, Event.Edited edited) {
    String note = staffText.get("user.edited", edited.text());
    Optional<Integer> copy = threads.staffCopyOf(c.id(), edited.messageId());
    if (copy.isEmpty()) {
      return posts.note(c.id(), note);
    }
    return threads.relayOrQueue(c.id(), new Queued.Note(note))
        .map(ready -> List.of(staff.answer(ready.placement(), copy.get(), note))).orElse(List.of());
  }

  /** Only the case's own user can rate it (the data is untrusted); a forged or repeated press just gets acked. */
  private List<StaffAction> rate(Event.Press press) {
    List<StaffAction> actions = new ArrayList<>();
    if (CaseButtons.decode(press.data()).orElse(null) instanceof CaseButtons.Rate rate
        && cases.rate(rate.caseId(), press.sender().userId(), rate.helpful())) {
      Case c = cases.find(rate.caseId()).orElseThrow();
      outcomes.rated(c.id(), c.userId(), rate.helpful());
      actions.add(new StaffAction.AnswerPress(press.callbackId(), Optional.of(userText.thanks(c.language()))));
      actions.add(new StaffAction.EditUserText(c.chatId(), press.messageId(),
          userText.closedThanks(c), Keyboard.NONE));
      actions.addAll(posts.note(c.id(), staffText.get(rate.helpful() ? "rated.yes" : "rated.no")));
      return actions;
    }
    actions.add(new StaffAction.AnswerPress(press.callbackId(), Optional.empty()));
    return actions;
  }
}
