package az.council.helpdesk.store;

import static az.council.helpdesk.store.CaseRows.one;
import static az.council.helpdesk.store.CaseRows.update;

import az.council.helpdesk.cases.Case;
import az.council.helpdesk.cases.CaseThreads;
import az.council.helpdesk.cases.Placement;
import az.council.helpdesk.cases.Queued;
import az.council.helpdesk.cases.ThreadState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link CaseThreads} over SQLite. The thread state moves NONE → PENDING in one conditional UPDATE, so of two
 * messages arriving together exactly one creates the topic; queuing and draining the backlog happen in the same
 * (serialised) transactions as the state checks, so no message slips between them.
 */
public final class SqliteCaseThreads implements CaseThreads {
  private final Database db;

  public SqliteCaseThreads(Database db) {
    this.db = db;
  }

  @Override
  public boolean begin(long caseId, Instant at) {
    return db.write(c -> update(c, "UPDATE cases SET thread_state = 'pending', pending_since = ? WHERE id = ?"
        + " AND thread_state = 'none'", at, caseId)) == 1;
  }

  @Override
  public void retry(long caseId, Instant at) {
    db.write(c -> update(c, "UPDATE cases SET pending_since = ? WHERE id = ? AND thread_state = 'pending'", at, caseId));
  }

  @Override
  public Optional<List<Queued>> topicCreated(long caseId, int threadId) {
    return db.write(c -> {
      if (update(c, "UPDATE cases SET thread_state = 'ready', thread_id = ? WHERE id = ? AND thread_id IS NULL",
          threadId, caseId) == 0) {
        return Optional.empty();
      }
      return Optional.of(drain(c, caseId));
    });
  }

  @Override
  public List<Queued> anchored(long caseId, int anchorId) {
    return db.write(c -> {
      update(c, "UPDATE cases SET anchor_id = ? WHERE id = ? AND anchor_id IS NULL", anchorId, caseId);
      if (update(c, "UPDATE cases SET thread_state = 'ready' WHERE id = ? AND thread_state = 'pending'", caseId) == 0) {
        return List.of();
      }
      return drain(c, caseId);
    });
  }

  @Override
  public Optional<Case> relayOrQueue(long caseId, Queued item) {
    return db.write(c -> {
      Optional<Case> found = one(c, "WHERE id = ?", caseId);
      if (found.isPresent() && found.get().threadState() == ThreadState.READY) {
        return found;
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO case_backlog (case_id, message_id, note) VALUES (?, ?, ?)")) {
        switch (item) {
          case Queued.Copy copy -> CaseRows.bind(s, caseId, copy.userMessageId(), null);
          case Queued.Note note -> CaseRows.bind(s, caseId, null, note.text());
        }
        s.executeUpdate();
      }
      return Optional.empty();
    });
  }

  private static List<Queued> drain(Connection c, long caseId) throws SQLException {
    List<Queued> items = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT message_id, note FROM case_backlog WHERE case_id = ? ORDER BY id")) {
      s.setLong(1, caseId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Optional<Long> message = CaseRows.number(rs, "message_id");
          items.add(message.isPresent() ? new Queued.Copy(message.get().intValue())
              : new Queued.Note(rs.getString("note")));
        }
      }
    }
    update(c, "DELETE FROM case_backlog WHERE case_id = ?", caseId);
    return items;
  }

  @Override
  public Optional<Case> at(Placement where) {
    return db.read(c -> {
      if (where.threadId().isPresent()) {
        int thread = where.threadId().get();
        Optional<Case> found = one(c, "WHERE thread_id = ? OR anchor_id = ?", thread, thread);
        if (found.isPresent()) {
          return found;
        }
      }
      if (where.replyTo().isPresent()) {
        int reply = where.replyTo().get();
        return one(c, "WHERE anchor_id = ? OR id = (SELECT case_id FROM case_messages WHERE staff_message_id = ?)",
            reply, reply);
      }
      return Optional.empty();
    });
  }

  @Override
  public void link(long caseId, int staffMessageId, Optional<Integer> userMessageId, Direction direction) {
    db.write(c -> update(c, "INSERT OR IGNORE INTO case_messages (case_id, staff_message_id, user_message_id, direction)"
        + " VALUES (?, ?, ?, ?)", caseId, staffMessageId, userMessageId, direction.name().toLowerCase(Locale.ROOT)));
  }

  @Override
  public Optional<Integer> staffCopyOf(long caseId, int userMessageId) {
    return message("SELECT staff_message_id FROM case_messages WHERE case_id = ? AND user_message_id = ?"
        + " AND direction = 'in'", caseId, userMessageId);
  }

  @Override
  public Optional<Integer> userCopyOf(long caseId, int staffMessageId) {
    return message("SELECT user_message_id FROM case_messages WHERE case_id = ? AND staff_message_id = ?"
        + " AND direction = 'out'", caseId, staffMessageId);
  }

  private Optional<Integer> message(String sql, long caseId, int messageId) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        CaseRows.bind(s, caseId, messageId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
        }
      }
    });
  }
}
