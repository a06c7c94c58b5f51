package az.council.helpdesk.stats.desk;

import az.council.helpdesk.cases.Role;
import java.util.Optional;

/**
 * What a staff person did that the secretary's desk handles. {@code role} is the person's role from {@code
 * CaseDesk.roleOf(userId)} (empty for someone who is not on the roster); the desk decides what each role may do.
 */
public sealed interface SecretaryEvent {
  long userId();

  Optional<Role> role();

  Place place();

  /**
   * {@code /stats}, {@code /export} or {@code /log}: {@code name} lower case without the slash and {@code @botname}
   * (see {@link SecretaryDesk#COMMANDS}); {@code argument} the rest of the line ("" when none).
   */
  record Command(long userId, Optional<Role> role, Place place, String name, String argument)
      implements SecretaryEvent {}

  /**
   * A press on one of the desk's buttons ({@link SecretaryDesk#ownsButton}); {@code data} is untrusted,
   * {@code pressId} is the callback query id to answer, {@code messageId} the message carrying the button.
   */
  record Press(long userId, Optional<Role> role, Place place, int messageId, String pressId, String data)
      implements SecretaryEvent {}

  /** Text typed while the desk waits for it from this person ({@link SecretaryDesk#awaitsText}): a country name. */
  record Text(long userId, Optional<Role> role, Place place, String text) implements SecretaryEvent {}
}
