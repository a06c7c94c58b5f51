package az.council.helpdesk.stats;

import az.council.helpdesk.retention.TextRetention;
import az.council.helpdesk.store.Database;
import java.sql.PreparedStatement;
import java.time.Instant;

/** Retention for the texts of unanswered questions: they go when their inquiry is older than the window. */
public final class SqliteQuestionTexts implements TextRetention {
  private final Database database;

  public SqliteQuestionTexts(Database database) {
    this.database = database;
  }

  @Override
  public String what() {
    return "question texts";
  }

  @Override
  public int deleteTextsOlderThan(Instant cutoff) {
    return database.write(c -> {
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM question_texts WHERE inquiry_id IN (SELECT id FROM inquiries WHERE at < ?)")) {
        delete.setLong(1, cutoff.toEpochMilli());
        return delete.executeUpdate();
      }
    });
  }
}
