package az.council.helpdesk.profiles;

import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** Profiles in the {@code profiles} table (migration V001). */
public final class SqliteProfiles implements Profiles {
  private final Database database;

  public SqliteProfiles(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Profile> find(long userId) {
    return database.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT language, language_source, citizenship_asked,"
          + " created_at, last_seen FROM profiles WHERE telegram_user_id = ?")) {
        s.setLong(1, userId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(profile(userId, rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void save(Profile profile) {
    database.write(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO profiles (telegram_user_id, language,"
          + " language_source, citizenship_asked, created_at, last_seen) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (telegram_user_id) DO UPDATE SET language = excluded.language,"
          + " language_source = excluded.language_source, citizenship_asked = excluded.citizenship_asked,"
          + " last_seen = excluded.last_seen")) {
        s.setLong(1, profile.userId());
        s.setString(2, profile.language().tag());
        s.setString(3, profile.languageSource().id());
        s.setInt(4, profile.citizenshipAsked() ? 1 : 0);
        s.setString(5, text(profile.createdAt()));
        s.setString(6, text(profile.lastSeen()));
        return s.executeUpdate();
      }
    });
  }

  @Override
  public boolean delete(long userId) {
    return database.write(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM profiles WHERE telegram_user_id = ?")) {
        s.setLong(1, userId);
        return s.executeUpdate() > 0;
      }
    });
  }

  @Override
  public int deleteIdleSince(Instant cutoff) {
    return database.write(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM profiles WHERE last_seen < ?")) {
        s.setString(1, text(cutoff));
        return s.executeUpdate();
      }
    });
  }

  // Whole seconds, so every stored value has the same shape and text order is time order.
  private static String text(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Profile profile(long userId, ResultSet rs) throws SQLException {
    return new Profile(
        userId,
        Language.fromTag(rs.getString("language")).orElse(Language.EN),
        Profile.LanguageSource.valueOf(rs.getString("language_source").toUpperCase(Locale.ROOT)),
        rs.getInt("citizenship_asked") == 1,
        Instant.parse(rs.getString("created_at")),
        Instant.parse(rs.getString("last_seen")));
  }
}
