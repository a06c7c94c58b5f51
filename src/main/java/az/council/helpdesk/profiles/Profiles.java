package az.council.helpdesk.profiles;

import java.time.Instant;
import java.util.Optional;

/** Where profiles live; the conversation's only view of stored personal settings. */
public interface Profiles {

  Optional<Profile> find(long userId);

  /** Inserts or replaces the profile. */
  void save(Profile profile);

  /** {@code /forget}: deletes the person's profile; false when there was none. */
  boolean delete(long userId);

  /** Retention: deletes every profile not seen since {@code cutoff}; returns how many went. */
  int deleteIdleSince(Instant cutoff);
}
