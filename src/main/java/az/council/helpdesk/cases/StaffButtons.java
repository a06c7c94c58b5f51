package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presses on the staff group's buttons: Claim, Close (then an outcome), Transfer (then a working group), an FAQ
 * entry offered by {@code /faq <words>}. The data
 * is untrusted: the case must exist and the presser must be on the roster. Every press is answered, or
 * Telegram keeps a spinner on the button.
 */
final class StaffButtons {
  private static final Logger log = LoggerFactory.getLogger(StaffButtons.class);
  private final CaseStore cases;
  private final Routing routing;
  private final StaffChat staff;
  private final Claims claims;
  private final CaseCommands commands;
  private final Finishing finishing;
  private final FaqInsert faq;
  private final StaffText text;

  StaffButtons(CaseStore cases, Routing routing, StaffChat staff, Claims claims, CaseCommands commands,
      Finishing finishing, FaqInsert faq, StaffText text) {
    this.cases = cases;
    this.routing = routing;
    this.staff = staff;
    this.claims = claims;
    this.commands = commands;
    this.finishing = finishing;
    this.faq = faq;
    this.text = text;
  }

  List<StaffAction> press(StaffEvent.ButtonPress press, Optional<Member> member) {
    Optional<CaseButtons.Pressed> pressed = CaseButtons.decode(press.data());
    Optional<Case> c = pressed.flatMap(p -> cases.find(p.caseId()));
    if (pressed.isEmpty() || pressed.get() instanceof CaseButtons.Rate || c.isEmpty()) {
      return List.of(ack(press, Optional.empty()));
    }
    if (member.isEmpty()) {
      log.info("refused a button press on case {} from {}: not on the roster", c.get().id(), press.from().userId());
      return List.of(ack(press, Optional.of(text.get("notMember"))));
    }
    if (!c.get().status().active()) {
      return List.of(ack(press, Optional.of(text.get("finished"))));
    }
    List<StaffAction> actions = new ArrayList<>();
    actions.add(ack(press, Optional.empty()));
    actions.addAll(act(pressed.get(), press, member.get(), c.get()));
    return actions;
  }

  private List<StaffAction> act(CaseButtons.Pressed pressed, StaffEvent.ButtonPress press, Member member, Case c) {
    CaseCommands.Reply reply = new CaseCommands.Reply(staff, press.where(), press.messageId());
    return switch (pressed) {
      case CaseButtons.Claim claim -> claims.claim(c, member, press.where(), press.messageId());
      case CaseButtons.Close close -> reply.with(text.get("close.choose"), commands.outcomes(c));
      case CaseButtons.Transfer transfer -> reply.with(text.get("transfer.choose"), commands.groups(c));
      case CaseButtons.CloseWith with -> chosen(press, text.outcome(with.outcome()),
          finishing.close(c, member, with.outcome(), Optional.empty()), reply);
      case CaseButtons.MoveTo move -> routing.group(move.groupId())
          .map(g -> chosen(press, g.name(text.language()), commands.toGroup(c, member, g), reply))
          .orElseGet(List::of);
      case CaseButtons.SendFaq send -> chosen(press, send.entryId(), Optional.of(faq.chosen(c, member, send.entryId()))
          .filter(actions -> !actions.isEmpty()), reply);
      case CaseButtons.Rate rate -> List.of();
    };
  }

  private static StaffAction ack(StaffEvent.ButtonPress press, Optional<String> notice) {
    return new StaffAction.AnswerPress(press.callbackId(), notice);
  }

  /** The chooser message keeps the choice and loses its buttons. */
  private List<StaffAction> chosen(StaffEvent.ButtonPress press, String choice, Optional<List<StaffAction>> done,
      CaseCommands.Reply reply) {
    if (done.isEmpty()) {
      return reply.with(text.get("finished"));
    }
    List<StaffAction> actions = new ArrayList<>();
    actions.add(staff.edit(press.messageId(), text.get("chosen", choice), Keyboard.NONE));
    actions.addAll(done.get());
    return actions;
  }
}
