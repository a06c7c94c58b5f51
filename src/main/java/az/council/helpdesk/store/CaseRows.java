package az.council.helpdesk.store;

import az.council.helpdesk.cases.Case;
import az.council.helpdesk.cases.CaseStatus;
import az.council.helpdesk.cases.CaseTimes;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.cases.ThreadState;
import az.council.helpdesk.conversation.Action.HandOff;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.i18n.Language;
import az.council.helpdesk.triage.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code cases} rows into {@link Case}s and binds optional values; shared by the case stores. */
final class CaseRows {
  static final String COLUMNS = "id, user_id, chat_id, language, topic, citizenship, urgency, reason, group_id,"
      + " status, claimed_by, thread_state, thread_id, anchor_id, outcome, opened_at, announced_at, announce_stage,"
      + " pending_since, claimed_at, first_reply_at, last_member_reply_at, user_waiting_since, reminded_at,"
      + " closed_at";

  /** Fixed width (nanoseconds always written), so that times compare correctly as text in SQL. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private CaseRows() {}

  static List<Case> query(Connection c, String where, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM cases " + where)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        List<Case> cases = new ArrayList<>();
        while (rs.next()) {
          cases.add(read(rs));
        }
        return cases;
      }
    }
  }

  static Optional<Case> one(Connection c, String where, Object... args) throws SQLException {
    return query(c, where, args).stream().findFirst();
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      return s.executeUpdate();
    }
  }

  /** Binds {@code Optional}s as their value or NULL, {@code Instant}s as ISO text, enums by id. */
  static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object value = args[i] instanceof Optional<?> o ? o.orElse(null) : args[i];
      switch (value) {
        case null -> s.setNull(i + 1, Types.NULL);
        case Instant at -> s.setString(i + 1, TIME.format(at));
        case Long l -> s.setLong(i + 1, l);
        case Integer n -> s.setInt(i + 1, n);
        case Boolean b -> s.setInt(i + 1, b ? 1 : 0);
        case Language l -> s.setString(i + 1, l.tag());
        case Topic t -> s.setString(i + 1, t.id());
        case CaseStatus st -> s.setString(i + 1, st.id());
        case Outcome o -> s.setString(i + 1, o.id());
        case Urgency u -> s.setString(i + 1, u.name());
        case HandOff.Reason r -> s.setString(i + 1, r.name());
        case Enum<?> e -> s.setString(i + 1, e.name().toLowerCase(Locale.ROOT));
        default -> s.setString(i + 1, value.toString());
      }
    }
  }

  private static Case read(ResultSet rs) throws SQLException {
    CaseTimes times = new CaseTimes(Instant.parse(rs.getString("opened_at")), Instant.parse(rs.getString("announced_at")),
        rs.getInt("announce_stage"), instant(rs, "pending_since"), instant(rs, "claimed_at"),
        instant(rs, "first_reply_at"), instant(rs, "last_member_reply_at"), instant(rs, "user_waiting_since"),
        instant(rs, "reminded_at"), instant(rs, "closed_at"));
    return new Case(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("chat_id"),
        Language.fromTag(rs.getString("language")).orElseThrow(),
        text(rs, "topic").flatMap(Topic::fromId), text(rs, "citizenship"),
        text(rs, "urgency").map(Urgency::valueOf), HandOff.Reason.valueOf(rs.getString("reason")),
        rs.getString("group_id"), CaseStatus.fromId(rs.getString("status")), number(rs, "claimed_by"),
        ThreadState.valueOf(rs.getString("thread_state").toUpperCase(Locale.ROOT)),
        number(rs, "thread_id").map(Long::intValue), number(rs, "anchor_id").map(Long::intValue),
        text(rs, "outcome").flatMap(Outcome::fromId), times);
  }

  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<Long> number(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return text(rs, column).map(Instant::parse);
  }
}
