-- Cases handed to Council members, the staff-chat messages that belong to them, and the roster of members.
-- Times are ISO-8601 instants (UTC) as text; they sort and compare correctly as text.

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,          -- the case number members see (#12)
  user_id INTEGER NOT NULL,
  chat_id INTEGER NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('az', 'ru', 'en')),
  topic TEXT,                                    -- FAQ topic id; NULL when the bot could not tell
  citizenship TEXT,                              -- as in the inquiry log; NULL when unknown
  urgency TEXT,                                  -- triage.Urgency name; NULL when not flagged
  reason TEXT NOT NULL,                          -- why the conversation handed off
  group_id TEXT NOT NULL,                        -- working group from the routing
  status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed', 'cancelled')),
  claimed_by INTEGER,
  -- The staff-side thread: 'pending' while a forum topic (or the summary in reply mode) is being created,
  -- so that two messages arriving together never create two topics.
  thread_state TEXT NOT NULL DEFAULT 'none' CHECK (thread_state IN ('none', 'pending', 'ready')),
  thread_id INTEGER UNIQUE,                      -- forum topic (message_thread_id)
  anchor_id INTEGER UNIQUE,                      -- the summary message; reply threads hang on it
  opened_at TEXT NOT NULL,
  pending_since TEXT,
  announced_at TEXT NOT NULL,
  announce_stage INTEGER NOT NULL DEFAULT 0,     -- 0 group, 1 group lead, 2 everyone
  claimed_at TEXT,
  first_reply_at TEXT,
  last_member_reply_at TEXT,
  user_waiting_since TEXT,
  reminded_at TEXT,
  closed_at TEXT,
  closed_by INTEGER,
  outcome TEXT CHECK (outcome IN ('resolved', 'referred', 'no-response', 'out-of-scope')),
  note TEXT,
  helpful INTEGER CHECK (helpful IN (0, 1))
);

-- One open case per user: a second hand-off joins the open case instead of creating another.
CREATE UNIQUE INDEX cases_one_open_per_user ON cases(user_id) WHERE status IN ('open', 'claimed');
CREATE INDEX cases_by_status ON cases(status);

-- What the user asked before the hand-off (the summary shows them with the bot's answers).
CREATE TABLE case_questions (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- User messages and staff notes that arrived while the thread was pending; relayed once it is ready.
CREATE TABLE case_backlog (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  message_id INTEGER,                            -- a user message to copy
  note TEXT,                                     -- or a note for the members
  CHECK ((message_id IS NULL) <> (note IS NULL))
);

-- Staff-chat messages of a case: copies of user messages (direction 'in'), member messages and their copies
-- at the user ('out'), and the bot's own posts ('bot'). Routes replies and relays edits.
CREATE TABLE case_messages (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  staff_message_id INTEGER NOT NULL UNIQUE,
  user_message_id INTEGER,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'bot'))
);
CREATE INDEX case_messages_by_user_message ON case_messages(case_id, user_message_id);

CREATE TABLE members (
  user_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  username TEXT,
  role TEXT NOT NULL CHECK (role IN ('member', 'secretary', 'admin')),
  added_at TEXT NOT NULL
);
CREATE INDEX members_by_username ON members(username COLLATE NOCASE);

CREATE TABLE member_languages (
  user_id INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('az', 'ru', 'en')),
  PRIMARY KEY (user_id, language)
);

CREATE TABLE member_groups (
  user_id INTEGER NOT NULL REFERENCES members(user_id) ON DELETE CASCADE,
  group_id TEXT NOT NULL,
  lead INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
  PRIMARY KEY (user_id, group_id)
);
