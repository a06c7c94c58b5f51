package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff group's side: members' messages in a case thread go to the user as from "Council member" (text
 * sent, media copied by message id), their edits follow, commands and buttons are dispatched. Only roster members
 * act; anyone else is refused politely and logged. Messages starting with {@code //} stay internal.
 */
final class StaffSide {
  private static final Logger log = LoggerFactory.getLogger(StaffSide.class);
  static final String INTERNAL = "//";
  private final Roster roster;
  private final CaseStore cases;
  private final CaseThreads threads;
  private final StaffChat staff;
  private final Claims claims;
  private final CaseCommands caseCommands;
  private final RosterCommands rosterCommands;
  private final StaffButtons buttons;
  private final CaseText userText;
  private final StaffText text;
  private final Clock clock;

  StaffSide(Roster roster, CaseStore cases, CaseThreads threads, StaffChat staff, Claims claims,
      CaseCommands caseCommands, RosterCommands rosterCommands, StaffButtons buttons, CaseText userText,
      StaffText text, Clock clock) {
    this.roster = roster;
    this.cases = cases;
    this.threads = threads;
    this.staff = staff;
    this.claims = claims;
    this.caseCommands = caseCommands;
    this.rosterCommands = rosterCommands;
    this.buttons = buttons;
    this.userText = userText;
    this.text = text;
    this.clock = clock;
  }

  List<StaffAction> handle(StaffEvent event) {
    Optional<Member> member = roster.member(event.from());
    return switch (event) {
      case StaffEvent.MemberCommand cmd -> member.map(m -> command(cmd, m))
          .orElseGet(() -> refuse(event, cmd.messageId(), "/" + cmd.name()));
      case StaffEvent.ButtonPress press -> buttons.press(press, member);
      case StaffEvent.MemberMessage message -> threads.at(message.where())
          .map(c -> message(message, member, c)).orElse(List.of()); // chatter outside cases is none of ours
      case StaffEvent.MemberEdit edit -> member.isEmpty() ? List.of()
          : threads.at(edit.where()).map(c -> edit(edit, c)).orElse(List.of());
    };
  }

  private List<StaffAction> command(StaffEvent.MemberCommand cmd, Member member) {
    if (RosterCommands.NAMES.contains(cmd.name())) {
      return rosterCommands.run(cmd, member);
    }
    if (CaseCommands.NAMES.contains(cmd.name())) {
      return threads.at(cmd.where()).map(c -> caseCommands.run(cmd, member, c))
          .orElseGet(() -> List.of(staff.answer(cmd.where(), cmd.messageId(), text.get("outsideCase"))));
    }
    return List.of(staff.answer(cmd.where(), cmd.messageId(), text.get("help")));
  }

  private List<StaffAction> message(StaffEvent.MemberMessage message, Optional<Member> member, Case c) {
    if (message.content() instanceof Content.Text t && t.text().startsWith(INTERNAL)) {
      return List.of();
    }
    if (member.isEmpty()) {
      return refuse(message, message.messageId(), "a message in case " + c.id());
    }
    if (!c.status().active()) {
      return List.of(staff.answer(message.where(), message.messageId(), text.get("finished")));
    }
    List<StaffAction> actions = new ArrayList<>(claims.ensure(c, member.get()));
    Receipt receipt = new Receipt(c.id(), Receipt.Kind.MEMBER_MESSAGE, message.messageId());
    actions.add(switch (message.content()) {
      case Content.Text t -> new StaffAction.SendToUser(c.chatId(), userText.memberText(c.language(), t.text()),
          Keyboard.NONE, Optional.of(receipt));
      case Content.Media media -> new StaffAction.CopyToUser(staff.chatId(), message.messageId(), c.chatId(),
          userText.memberCaption(c.language(), media), receipt);
    });
    cases.memberReplied(c.id(), clock.instant());
    return actions;
  }

  /** A member edited a message the user received: the user's copy is edited too. */
  private List<StaffAction> edit(StaffEvent.MemberEdit edit, Case c) {
    Optional<Integer> copy = threads.userCopyOf(c.id(), edit.messageId());
    if (copy.isEmpty() || !c.status().active()) {
      return List.of();
    }
    return switch (edit.content()) {
      case Content.Text t when t.text().startsWith("/") -> List.of();
      case Content.Text t -> List.of(new StaffAction.EditUserText(c.chatId(), copy.get(),
          userText.memberText(c.language(), t.text()), Keyboard.NONE));
      case Content.Media media -> userText.memberCaption(c.language(), media)
          .map(caption -> List.<StaffAction>of(new StaffAction.EditUserCaption(c.chatId(), copy.get(), caption)))
          .orElse(List.of());
    };
  }

  private List<StaffAction> refuse(StaffEvent event, int messageId, String what) {
    log.info("refused {} from {}: not on the roster", what, event.from().userId());
    return List.of(staff.answer(event.where(), messageId, text.get("notMember")));
  }
}
