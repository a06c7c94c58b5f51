package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.store.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@link MemberLog} over SQLite: case facts for the statistics and offline consultations. */
public final class SqliteMemberLog implements MemberLog {
  private final Database database;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SqliteMemberLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public boolean caseOpened(long caseId, long inquiryId, Instant at) {
    return database.write(c -> {
      try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM inquiries WHERE id = ?")) {
        exists.setLong(1, inquiryId);
        try (ResultSet rs = exists.executeQuery()) {
          if (!rs.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement open = c.prepareStatement("INSERT OR IGNORE INTO case_facts(case_id, opened_at) VALUES (?, ?)")) {
        open.setLong(1, caseId);
        open.setLong(2, at.toEpochMilli());
        open.executeUpdate();
      }
      try (PreparedStatement link = c.prepareStatement("UPDATE inquiries SET case_id = ?, escalated = 1 WHERE id = ?")) {
        link.setLong(1, caseId);
        link.setLong(2, inquiryId);
        link.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public boolean topicCorrected(long caseId, Topic topic) {
    return database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE case_facts SET topic = ? WHERE case_id = ?")) {
        update.setString(1, topic.id());
        update.setLong(2, caseId);
        return update.executeUpdate() == 1;
      }
    });
  }

  @Override
  public void memberReplied(long caseId, Instant at) {
    database.write(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE case_facts SET first_reply_at = ? WHERE case_id = ? AND first_reply_at IS NULL")) {
        update.setLong(1, at.toEpochMilli());
        update.setLong(2, caseId);
        return update.executeUpdate();
      }
    });
  }

  @Override
  public boolean caseClosed(long caseId, Outcome outcome, Instant at) {
    return database.write(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE case_facts SET outcome = ?, closed_at = ? WHERE case_id = ?")) {
        update.setString(1, outcome.id());
        update.setLong(2, at.toEpochMilli());
        update.setLong(3, caseId);
        return update.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean caseRated(long caseId, boolean helpful) {
    return database.write(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE inquiries SET rating = ? WHERE case_id = ?")) {
        update.setInt(1, helpful ? 1 : 0);
        update.setLong(2, caseId);
        return update.executeUpdate() > 0;
      }
    });
  }

  @Override
  public long recordOffline(OfflineConsultation consultation) {
    return database.write(c -> insertOffline(c, consultation));
  }

  @Override
  public boolean withdrawOffline(long inquiryId) {
    return database.write(c -> {
      String ref;
      try (PreparedStatement find = c.prepareStatement(
          "SELECT person_ref FROM inquiries WHERE id = ? AND source = 'offline'")) {
        find.setLong(1, inquiryId);
        try (ResultSet rs = find.executeQuery()) {
          if (!rs.next()) {
            return false;
          }
          ref = rs.getString(1);
        }
      }
      try (PreparedStatement inquiry = c.prepareStatement("DELETE FROM inquiries WHERE id = ?")) {
        inquiry.setLong(1, inquiryId);
        inquiry.executeUpdate();
      }
      // Each offline consultation has its own random person; it must not stay behind as a person without inquiries.
      try (PreparedStatement person = c.prepareStatement(
          "DELETE FROM persons WHERE ref = ? AND kind = 'offline'"
              + " AND NOT EXISTS (SELECT 1 FROM inquiries WHERE person_ref = ?)")) {
        person.setString(1, ref);
        person.setString(2, ref);
        person.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public ImportResult importOffline(List<OfflineConsultation> consultations, String sha256, String fileName) {
    return database.write(c -> {
      try (PreparedStatement seen = c.prepareStatement("SELECT file_name, imported_at FROM offline_imports WHERE sha256 = ?")) {
        seen.setString(1, sha256);
        try (ResultSet rs = seen.executeQuery()) {
          if (rs.next()) {
            return new ImportResult.AlreadyImported(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
          }
        }
      }
      for (OfflineConsultation consultation : consultations) {
        insertOffline(c, consultation);
      }
      try (PreparedStatement mark = c.prepareStatement(
          "INSERT INTO offline_imports(sha256, file_name, rows, imported_at) VALUES (?, ?, ?, ?)")) {
        mark.setString(1, sha256);
        mark.setString(2, fileName);
        mark.setInt(3, consultations.size());
        mark.setLong(4, clock.millis());
        mark.executeUpdate();
      }
      return new ImportResult.Imported(consultations.size());
    });
  }

  private long insertOffline(Connection c, OfflineConsultation consultation) throws SQLException {
    String ref = Pseudonyms.randomReference(random);
    try (PreparedStatement person = c.prepareStatement(
        "INSERT INTO persons(ref, kind, citizenship, created_at) VALUES (?, 'offline', ?, ?)")) {
      person.setString(1, ref);
      person.setString(2, consultation.citizenship().code());
      person.setLong(3, consultation.at().toEpochMilli());
      person.executeUpdate();
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO inquiries(at, person_ref, language, topic, entry_id,"
        + " confident, escalated, outcome, source) VALUES (?, ?, NULL, ?, NULL, 0, 0, ?, 'offline')",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, consultation.at().toEpochMilli());
      insert.setString(2, ref);
      insert.setString(3, consultation.topic().map(Topic::id).orElse(null));
      insert.setString(4, consultation.outcome().map(Outcome::id).orElse(null));
      insert.executeUpdate();
      return SqliteInquiryLog.generatedKey(insert);
    }
  }
}
