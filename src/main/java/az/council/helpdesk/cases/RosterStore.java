package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The members, their roles, languages and working groups (SQLite: {@code store.SqliteRosterStore}). */
public interface RosterStore {

  Optional<Member> find(long userId);

  Optional<Member> findByUsername(String username);

  /** Everyone, by name. */
  List<Member> all();

  /** Adds the person with {@code role}, or changes the role of an existing member. */
  void put(long userId, String name, Optional<String> username, Role role, Instant at);

  boolean remove(long userId);

  /** Keeps the name and username current (Telegram lets people change both). */
  void refresh(long userId, String name, Optional<String> username);

  void languages(long userId, Set<Language> languages);

  /** Follows or stops following a working group (stopping also drops leading it). */
  void subscribe(long userId, String groupId, boolean on);

  /** Makes the member the lead of a group (and a follower of it). */
  void lead(long userId, String groupId);
}
