package az.council.helpdesk.stats;

import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the inquiry log for the statistics, joining each inquiry with its person, case and kept text. */
public final class SqliteInquiryHistory implements InquiryHistory {
  private static final String QUERY = """
      SELECT i.id, i.at, i.person_ref, i.language, p.citizenship, COALESCE(f.topic, i.topic), i.entry_id,
             i.confident, i.escalated, i.source, i.rating, i.case_id, COALESCE(f.outcome, i.outcome),
             f.opened_at, f.first_reply_at, q.text
      FROM inquiries i
      JOIN persons p ON p.ref = i.person_ref
      LEFT JOIN case_facts f ON f.case_id = i.case_id
      LEFT JOIN question_texts q ON q.inquiry_id = i.id
      WHERE i.at >= ? AND i.at < ?
      ORDER BY i.at, i.id""";

  private final Database database;

  public SqliteInquiryHistory(Database database) {
    this.database = database;
  }

  @Override
  public List<LoggedInquiry> between(Instant from, Instant to) {
    return database.read(c -> {
      try (PreparedStatement query = c.prepareStatement(QUERY)) {
        query.setLong(1, from.toEpochMilli());
        query.setLong(2, to.toEpochMilli());
        List<LoggedInquiry> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
        return rows;
      }
    });
  }

  private static LoggedInquiry row(ResultSet rs) throws SQLException {
    return new LoggedInquiry(
        rs.getLong(1),
        Instant.ofEpochMilli(rs.getLong(2)),
        rs.getString(3),
        Optional.ofNullable(rs.getString(4)).flatMap(Language::fromTag),
        Optional.ofNullable(rs.getString(5)).flatMap(Citizenship::parse).orElse(Citizenship.UNKNOWN),
        Optional.ofNullable(rs.getString(6)).flatMap(Topic::fromId),
        Optional.ofNullable(rs.getString(7)),
        rs.getInt(8) == 1,
        rs.getInt(9) == 1,
        Inquiry.Source.fromId(rs.getString(10)),
        nullableInt(rs, 11).map(rating -> rating == 1),
        nullableLong(rs, 12),
        Optional.ofNullable(rs.getString(13)).flatMap(Outcome::fromId),
        nullableLong(rs, 14).stream().mapToObj(Instant::ofEpochMilli).findFirst(),
        nullableLong(rs, 15).stream().mapToObj(Instant::ofEpochMilli).findFirst(),
        Optional.ofNullable(rs.getString(16)));
  }

  private static Optional<Integer> nullableInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static OptionalLong nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
