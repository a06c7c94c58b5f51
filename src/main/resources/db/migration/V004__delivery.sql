-- Delivery (Telegram adapter). Every update is stored here before Telegram is told it arrived, and every
-- outgoing message waits in the outbox until Telegram accepted it, so a crash loses nothing. Times are epoch
-- milliseconds.

-- One row per update_id (the primary key makes a redelivered update a no-op). The payload is the update's
-- JSON while it waits; once handled only the id and status stay (the text is erased, see UpdateInbox).
CREATE TABLE telegram_update (
  update_id   INTEGER PRIMARY KEY,
  chat_id     INTEGER NOT NULL,
  payload     TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed', 'skipped')),
  received_at INTEGER NOT NULL,
  done_at     INTEGER,
  error       TEXT
);
CREATE INDEX telegram_update_pending ON telegram_update (status, update_id);

-- Messages and other calls waiting for Telegram, delivered in id order per chat. A delivered row is deleted,
-- 'failed' (Telegram refused it for good) and 'dropped' (the user blocked the bot) rows stay for inspection.
CREATE TABLE outbox (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id    INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  payload    TEXT NOT NULL,
  update_id  INTEGER,
  status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'dropped')),
  attempts   INTEGER NOT NULL DEFAULT 0,
  not_before INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (status, chat_id, id);

-- Private chats whose user blocked the bot (403): nothing is sent there until the user writes again.
CREATE TABLE blocked_chat (
  chat_id    INTEGER PRIMARY KEY,
  blocked_at INTEGER NOT NULL,
  reason     TEXT NOT NULL
);

-- Hand-offs to a Council member recorded by the adapter's default HandOffSink until the cases feature takes
-- them over (it sets taken_over_at when it imports a row).
CREATE TABLE handoff (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id          INTEGER NOT NULL,
  chat_id          INTEGER NOT NULL,
  language         TEXT NOT NULL,
  reason           TEXT NOT NULL,
  urgency          TEXT,
  recent_questions TEXT NOT NULL,
  created_at       INTEGER NOT NULL,
  taken_over_at    INTEGER
);
