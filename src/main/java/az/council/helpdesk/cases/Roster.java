package az.council.helpdesk.cases;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Who is on the roster and with which role; admins from the configuration are (re)granted at start-up. */
final class Roster {
  private final RosterStore store;
  private final Set<Long> configuredAdmins;
  private final Clock clock;

  Roster(RosterStore store, Set<Long> configuredAdmins, Clock clock) {
    this.store = store;
    this.configuredAdmins = Set.copyOf(configuredAdmins);
    this.clock = clock;
  }

  /** Makes every {@code ADMIN_IDS} user an admin (keeping their name if known). */
  void bootstrap() {
    for (long id : configuredAdmins) {
      store.put(id, "", Optional.empty(), Role.ADMIN, clock.instant());
    }
  }

  /** The roster entry behind a person in the staff group, with their Telegram name kept current. */
  Optional<Member> member(Staffer staffer) {
    Optional<Member> member = store.find(staffer.userId());
    if (member.isPresent() && (!member.get().name().equals(staffer.name())
        || !member.get().username().equals(staffer.username()))) {
      store.refresh(staffer.userId(), staffer.name(), staffer.username());
      return store.find(staffer.userId());
    }
    return member;
  }

  Optional<Role> roleOf(long userId) {
    return store.find(userId).map(Member::role);
  }

  boolean configuredAdmin(long userId) {
    return configuredAdmins.contains(userId);
  }

  /** A member named by {@code @username} or Telegram user id. */
  Optional<Member> resolve(String reference) {
    String ref = reference.strip();
    if (ref.startsWith("@")) {
      return store.findByUsername(ref);
    }
    try {
      return store.find(Long.parseLong(ref));
    } catch (NumberFormatException e) {
      return store.findByUsername(ref);
    }
  }

  RosterStore store() {
    return store;
  }
}
