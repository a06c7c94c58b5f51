package az.council.helpdesk.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SqliteProfilesTest {
  @TempDir Path dir;

  private static Profile profile(long id, Instant seen) {
    return new Profile(id, Language.RU, Profile.LanguageSource.CLIENT, false, Instant.parse("2026-01-01T00:00:00Z"), seen);
  }

  @Test
  void save_find_update_delete() {
    try (Database database = Database.open(dir)) {
      SqliteProfiles profiles = new SqliteProfiles(database);
      Profile first = profile(42, Instant.parse("2026-02-01T10:00:00Z"));

      profiles.save(first);
      assertThat(profiles.find(42)).contains(first);
      assertThat(profiles.find(43)).isEmpty();

      Profile changed = first.withLanguage(Language.AZ, Profile.LanguageSource.CHOSEN).withCitizenshipAsked()
          .seenAt(Instant.parse("2026-02-02T10:00:00Z"));
      profiles.save(changed);
      assertThat(profiles.find(42)).contains(changed);

      assertThat(profiles.delete(42)).isTrue();
      assertThat(profiles.delete(42)).isFalse();
      assertThat(profiles.find(42)).isEmpty();
    }
  }

  @Test
  void profilesSurviveARestart() {
    Profile saved = profile(7, Instant.parse("2026-02-01T10:00:00Z"));
    try (Database database = Database.open(dir)) {
      new SqliteProfiles(database).save(saved);
    }
    try (Database database = Database.open(dir)) {
      assertThat(new SqliteProfiles(database).find(7)).contains(saved);
    }
  }

  @Test
  void deleteIdleSince_removesOnlyProfilesNotSeenSinceTheCutoff() {
    try (Database database = Database.open(dir)) {
      SqliteProfiles profiles = new SqliteProfiles(database);
      profiles.save(profile(1, Instant.parse("2025-01-01T00:00:00Z")));
      profiles.save(profile(2, Instant.parse("2026-01-01T00:00:00.5Z")));
      profiles.save(profile(3, Instant.parse("2026-06-01T00:00:00Z")));

      assertThat(profiles.deleteIdleSince(Instant.parse("2026-01-01T00:00:01Z"))).isEqualTo(2);

      assertThat(profiles.find(3)).isPresent();
      assertThat(profiles.find(1)).isEmpty();
    }
  }

  @Test
  void extremeTelegramIds_areStoredExactly() {
    try (Database database = Database.open(dir)) {
      SqliteProfiles profiles = new SqliteProfiles(database);
      Profile big = profile(9_007_199_254_740_993L, Instant.parse("2026-02-01T10:00:00Z"));
      profiles.save(big);
      assertThat(profiles.find(9_007_199_254_740_993L)).contains(big);
    }
  }
}
