package az.council.helpdesk.cases;

import az.council.helpdesk.conversation.Keyboard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Taking a case: by {@code /claim} or the Claim button, or simply by answering an unclaimed case (the first
 * member who writes to the user holds it). Of two members claiming at once, the store lets one win.
 */
final class Claims {
  private final CaseStore cases;
  private final RosterStore roster;
  private final StaffChat staff;
  private final ThreadPosts posts;
  private final CaseText userText;
  private final StaffText text;
  private final Clock clock;

  Claims(CaseStore cases, RosterStore roster, StaffChat staff, ThreadPosts posts, CaseText userText, StaffText text,
      Clock clock) {
    this.cases = cases;
    this.roster = roster;
    this.staff = staff;
    this.posts = posts;
    this.userText = userText;
    this.text = text;
    this.clock = clock;
  }

  /** An explicit claim, answered where it was made when it cannot be granted. */
  List<StaffAction> claim(Case c, Member member, Placement where, int messageId) {
    if (c.claimedBy(member.userId())) {
      return List.of(staff.answer(where, messageId, text.get("claim.mine")));
    }
    if (c.status() == CaseStatus.OPEN && cases.claim(c.id(), member.userId(), clock.instant())) {
      return claimed(c, member);
    }
    Case now = cases.find(c.id()).orElse(c);
    if (!now.status().active()) {
      return List.of(staff.answer(where, messageId, text.get("finished")));
    }
    String holder = now.claimedBy().flatMap(roster::find).map(Member::display).orElse("?");
    return List.of(staff.answer(where, messageId, text.get("claim.taken", holder)));
  }

  /** Claims an unclaimed case for the member who is answering it; nothing when it is claimed already. */
  List<StaffAction> ensure(Case c, Member member) {
    if (c.status() == CaseStatus.OPEN && cases.claim(c.id(), member.userId(), clock.instant())) {
      return claimed(c, member);
    }
    return List.of();
  }

  /** Tells the user a member has taken their case. */
  StaffAction tellUser(Case c) {
    return new StaffAction.SendToUser(c.chatId(), userText.claimed(c), Keyboard.NONE, Optional.empty());
  }

  private List<StaffAction> claimed(Case c, Member member) {
    List<StaffAction> actions = new ArrayList<>();
    actions.add(staff.post(c, text.get("claimed", member.display())));
    actions.add(tellUser(c));
    posts.refreshSummary(c.id()).ifPresent(actions::add);
    return actions;
  }
}
