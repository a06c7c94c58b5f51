package az.council.helpdesk.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * What happens in the staff group, stripped of Telegram types. {@code where} carries the message's {@code
 * message_thread_id} and the id of the message it replies to (pass both as Telegram gives them; in a forum topic
 * pass no reply for the implicit reply to the topic's first message). The user's side reaches the desk as
 * {@code conversation.Event}s through {@link CaseDesk#fromUser}.
 */
public sealed interface StaffEvent {
  Staffer from();

  Instant at();

  Placement where();

  /** Text or media a person posted in the staff group; in a case thread a member's message goes to the user. */
  record MemberMessage(Staffer from, Instant at, Placement where, int messageId, Content content)
      implements StaffEvent {}

  /**
   * A command: {@code name} lower case without the slash and {@code @botname}; {@code argument} the rest of the
   * line, stripped. {@code repliedTo} is the author of the message the command answers ({@code /addmember}).
   */
  record MemberCommand(Staffer from, Instant at, Placement where, int messageId, String name, String argument,
      Optional<Staffer> repliedTo) implements StaffEvent {}

  /** A press on an inline button (Claim / Close / Transfer / an outcome / a group); {@code data} is untrusted. */
  record ButtonPress(Staffer from, Instant at, Placement where, int messageId, String callbackId, String data)
      implements StaffEvent {}

  /** A person edited a message in the staff group; a member's relayed text is edited at the user too. */
  record MemberEdit(Staffer from, Instant at, Placement where, int messageId, Content content)
      implements StaffEvent {}
}
