package az.council.helpdesk.cases;

import java.util.Optional;

/** A person in the staff group as Telegram shows them (a member of the roster or not). */
public record Staffer(long userId, String name, Optional<String> username) {
  public static Staffer of(long userId, String name) {
    return new Staffer(userId, name, Optional.empty());
  }
}
