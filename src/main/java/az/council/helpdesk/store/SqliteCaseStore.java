package az.council.helpdesk.store;

import static az.council.helpdesk.store.CaseRows.one;
import static az.council.helpdesk.store.CaseRows.update;

import az.council.helpdesk.cases.Case;
import az.council.helpdesk.cases.CaseStatus;
import az.council.helpdesk.cases.CaseStore;
import az.council.helpdesk.cases.Joined;
import az.council.helpdesk.cases.NewCase;
import az.council.helpdesk.stats.Outcome;
import az.council.helpdesk.faq.Topic;
import az.council.helpdesk.triage.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CaseStore} over SQLite; the partial unique index keeps one open case per user. */
public final class SqliteCaseStore implements CaseStore {
  private static final String ACTIVE = "status IN ('open', 'claimed')";
  private static final String FINISHED = "status IN ('closed', 'cancelled')";
  private final Database db;

  public SqliteCaseStore(Database db) {
    this.db = db;
  }

  @Override
  public Joined openOrJoin(NewCase r) {
    return db.write(c -> {
      Optional<Case> before = one(c, "WHERE handoff_key = ?", r.handOffKey());
      if (before.isPresent()) {
        return new Joined(before.get(), false, List.of(), false, true);
      }
      Optional<Case> open = one(c, "WHERE user_id = ? AND " + ACTIVE, r.userId());
      if (open.isEmpty()) {
        long id = insert(c, r);
        appendQuestions(c, id, r.questions());
        return new Joined(one(c, "WHERE id = ?", id).orElseThrow(), true, r.questions(), false, false);
      }
      Case existing = open.get();
      List<String> known = questions(c, existing.id());
      List<String> fresh = r.questions().stream().filter(q -> !known.contains(q)).distinct().toList();
      appendQuestions(c, existing.id(), fresh);
      boolean escalated = r.urgency().filter(u -> u != Urgency.HUMAN_REQUEST).isPresent()
          && escalate(c, existing.id(), r.urgency().get(), r.groupId(), r.at());
      return new Joined(one(c, "WHERE id = ?", existing.id()).orElseThrow(), false, fresh, escalated, false);
    });
  }

  private static long insert(Connection c, NewCase r) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO cases (user_id, chat_id, language, topic, citizenship,"
        + " urgency, reason, group_id, status, opened_at, announced_at, handoff_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)")) {
      CaseRows.bind(s, r.userId(), r.chatId(), r.language(), r.topic(), r.citizenship(), r.urgency(), r.reason(),
          r.groupId(), r.at(), r.at(), r.handOffKey());
      s.executeUpdate();
    }
    try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void appendQuestions(Connection c, long caseId, List<String> questions) throws SQLException {
    int next = questions(c, caseId).size();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO case_questions (case_id, seq, text) VALUES (?, ?, ?)")) {
      for (String question : questions) {
        CaseRows.bind(s, caseId, ++next, question);
        s.executeUpdate();
      }
    }
  }

  private static List<String> questions(Connection c, long caseId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT text FROM case_questions WHERE case_id = ? ORDER BY seq")) {
      s.setLong(1, caseId);
      try (ResultSet rs = s.executeQuery()) {
        List<String> texts = new ArrayList<>();
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
        return texts;
      }
    }
  }

  private static boolean escalate(Connection c, long caseId, Urgency urgency, String groupId, Instant at)
      throws SQLException {
    return update(c, "UPDATE cases SET urgency = ?, group_id = ?, announced_at = ?, announce_stage = 0 WHERE id = ?"
        + " AND " + ACTIVE + " AND (urgency IS NULL OR urgency = 'HUMAN_REQUEST')", urgency, groupId, at, caseId) == 1;
  }

  @Override
  public Optional<Case> find(long caseId) {
    return db.read(c -> one(c, "WHERE id = ?", caseId));
  }

  @Override
  public Optional<Case> openCaseOf(long userId) {
    return db.read(c -> one(c, "WHERE user_id = ? AND " + ACTIVE, userId));
  }

  @Override
  public List<Case> active() {
    return db.read(c -> CaseRows.query(c, "WHERE " + ACTIVE + " ORDER BY id"));
  }

  @Override
  public List<String> questions(long caseId) {
    return db.read(c -> questions(c, caseId));
  }

  @Override
  public boolean claim(long caseId, long memberId, Instant at) {
    return change("UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'open'",
        memberId, at, caseId);
  }

  @Override
  public boolean assign(long caseId, long memberId, Instant at) {
    return change("UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = ? AND " + ACTIVE,
        memberId, at, caseId);
  }

  @Override
  public boolean release(long caseId, Instant at) {
    return change("UPDATE cases SET status = 'open', claimed_by = NULL, claimed_at = NULL, announced_at = ?,"
        + " announce_stage = 0 WHERE id = ? AND status = 'claimed'", at, caseId);
  }

  @Override
  public boolean regroup(long caseId, String groupId, Instant at) {
    return change("UPDATE cases SET status = 'open', claimed_by = NULL, claimed_at = NULL, group_id = ?,"
        + " announced_at = ?, announce_stage = 0 WHERE id = ? AND " + ACTIVE, groupId, at, caseId);
  }

  @Override
  public boolean escalate(long caseId, Urgency urgency, String groupId, Instant at) {
    return db.write(c -> escalate(c, caseId, urgency, groupId, at));
  }

  @Override
  public void correctTopic(long caseId, Topic topic) {
    change("UPDATE cases SET topic = ? WHERE id = ?", topic, caseId);
  }

  @Override
  public boolean finish(long caseId, CaseStatus status, Optional<Outcome> outcome, Optional<String> note,
      Optional<Long> by, Instant at) {
    if (status.active()) {
      throw new IllegalArgumentException("finish needs closed or cancelled, not " + status);
    }
    return change("UPDATE cases SET status = ?, outcome = ?, note = ?, closed_by = ?, closed_at = ? WHERE id = ? AND "
        + ACTIVE, status, outcome, note, by, at, caseId);
  }

  @Override
  public boolean rate(long caseId, long userId, boolean helpful) {
    return change("UPDATE cases SET helpful = ? WHERE id = ? AND user_id = ? AND " + FINISHED, helpful, caseId, userId);
  }

  @Override
  public void memberReplied(long caseId, Instant at) {
    change("UPDATE cases SET last_member_reply_at = ?, first_reply_at = COALESCE(first_reply_at, ?),"
        + " user_waiting_since = NULL WHERE id = ?", at, at, caseId);
  }

  @Override
  public void userWrote(long caseId, Instant at) {
    change("UPDATE cases SET user_waiting_since = COALESCE(user_waiting_since, ?) WHERE id = ?", at, caseId);
  }

  @Override
  public void reminded(long caseId, Instant at) {
    change("UPDATE cases SET reminded_at = ? WHERE id = ?", at, caseId);
  }

  @Override
  public void announced(long caseId, int stage, Instant at) {
    change("UPDATE cases SET announce_stage = ?, announced_at = ? WHERE id = ?", stage, at, caseId);
  }

  @Override
  public void forget(long userId) {
    db.write(c -> {
      deleteTexts(c, "user_id = ?", userId);
      return update(c, "UPDATE cases SET user_id = 0, chat_id = 0, note = NULL WHERE user_id = ? AND " + FINISHED,
          userId);
    });
  }

  @Override
  public int purgeTexts(Instant closedBefore) {
    String which = FINISHED + " AND closed_at < ?";
    return db.write(c -> {
      int cases;
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cases WHERE " + which + " AND (note IS NOT NULL"
          + " OR EXISTS (SELECT 1 FROM case_questions q WHERE q.case_id = cases.id)"
          + " OR EXISTS (SELECT 1 FROM case_messages m WHERE m.case_id = cases.id))")) {
        CaseRows.bind(s, closedBefore);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          cases = rs.getInt(1);
        }
      }
      deleteTexts(c, which, closedBefore);
      update(c, "UPDATE cases SET note = NULL WHERE " + which, closedBefore);
      return cases;
    });
  }

  private static void deleteTexts(Connection c, String which, Object arg) throws SQLException {
    for (String table : List.of("case_questions", "case_backlog", "case_messages")) {
      update(c, "DELETE FROM " + table + " WHERE case_id IN (SELECT id FROM cases WHERE " + which + ")", arg);
    }
  }

  private boolean change(String sql, Object... args) {
    return db.write(c -> update(c, sql, args)) > 0;
  }
}
