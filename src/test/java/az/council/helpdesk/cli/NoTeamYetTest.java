package az.council.helpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.conversation.Action;
import az.council.helpdesk.conversation.Event;
import az.council.helpdesk.conversation.Keyboard;
import az.council.helpdesk.conversation.Sender;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class NoTeamYetTest {
  private static final Messages MESSAGES = new Messages();
  private static final Event HUMAN = new Event.Command(new Sender(42, 42, Optional.of("ru")), Instant.EPOCH, 1,
      "human", "");
  private static final Action.HandOff HAND_OFF = new Action.HandOff(42, 42, Language.RU,
      Action.HandOff.Reason.USER_ASKED, Optional.empty(), List.of());

  @Test
  void theUsualPromise_isReplacedByTheHonestNotice_andTheHandOffIsKept() {
    Action.Send promise = new Action.Send(42, MESSAGES.get(Language.RU, "chat.handoff.ack"), Keyboard.NONE);
    NoTeamYet handler = new NoTeamYet(event -> List.of(promise, HAND_OFF), MESSAGES);

    assertThat(handler.handle(HUMAN)).containsExactly(
        new Action.Send(42, MESSAGES.get(Language.RU, "chat.handoff.noTeam"), Keyboard.NONE), HAND_OFF);
  }

  @Test
  void withoutAPromise_theNoticeGoesBeforeTheHandOff_andOtherTurnsAreUntouched() {
    Action.Send urgent = new Action.Send(42, "Call 112", Keyboard.NONE);
    NoTeamYet handler = new NoTeamYet(event -> List.of(urgent, HAND_OFF), MESSAGES);
    assertThat(handler.handle(HUMAN)).containsExactly(urgent,
        new Action.Send(42, MESSAGES.get(Language.RU, "chat.handoff.noTeam"), Keyboard.NONE), HAND_OFF);

    assertThat(new NoTeamYet(event -> List.of(urgent), MESSAGES).handle(HUMAN)).containsExactly(urgent);
  }
}
