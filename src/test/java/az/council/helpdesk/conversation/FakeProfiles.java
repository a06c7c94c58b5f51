package az.council.helpdesk.conversation;

import az.council.helpdesk.profiles.Profile;
import az.council.helpdesk.profiles.Profiles;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Profiles in a map, for tests. */
final class FakeProfiles implements Profiles {
  final Map<Long, Profile> rows = new ConcurrentHashMap<>();
  int saves;

  @Override
  public Optional<Profile> find(long userId) {
    return Optional.ofNullable(rows.get(userId));
  }

  @Override
  public void save(Profile profile) {
    saves++;
    rows.put(profile.userId(), profile);
  }

  @Override
  public boolean delete(long userId) {
    return rows.remove(userId) != null;
  }

  @Override
  public int deleteIdleSince(Instant cutoff) {
    int before = rows.size();
    rows.values().removeIf(p -> p.lastSeen().isBefore(cutoff));
    return before - rows.size();
  }
}
