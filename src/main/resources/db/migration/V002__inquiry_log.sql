-- V002: the inquiry log behind the Council's statistics. Only pseudonymous, aggregate-ready fields live here:
-- the one free-text column (question_texts.text) is deleted after the retention window and on /forget.
-- Times are epoch milliseconds (UTC): they compare correctly, unlike ISO strings with varying fractions.

-- A person the Council advised. ref is the HMAC-SHA256 (hex) of the Telegram user id under the key in
-- pseudonym.key, or a random value for offline consultations and for people who used /forget.
CREATE TABLE persons (
  ref         TEXT    PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind IN ('telegram', 'offline', 'unlinked')),
  -- ISO 3166 alpha-2, or azerbaijani-abroad / stateless / unknown; NULL while never asked
  citizenship TEXT,
  created_at  INTEGER NOT NULL
);

-- What the statistics need from a case (the cases feature owns the case itself and its texts).
CREATE TABLE case_facts (
  case_id        INTEGER PRIMARY KEY,
  opened_at      INTEGER NOT NULL,
  -- a member's /topic correction; wins over the bot's guess for every inquiry of the case
  topic          TEXT,
  first_reply_at INTEGER,
  closed_at      INTEGER,
  outcome        TEXT CHECK (outcome IN ('resolved', 'referred', 'no-response', 'out-of-scope'))
);

CREATE TABLE inquiries (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  at         INTEGER NOT NULL,
  person_ref TEXT    NOT NULL REFERENCES persons(ref),
  -- az, ru, en; NULL for offline consultations
  language   TEXT,
  -- the bot's topic guess (the person's citizenship is taken from persons at query time)
  topic      TEXT,
  entry_id   TEXT,
  confident  INTEGER NOT NULL CHECK (confident IN (0, 1)),
  escalated  INTEGER NOT NULL CHECK (escalated IN (0, 1)),
  case_id    INTEGER REFERENCES case_facts(case_id),
  -- outcome of an offline consultation; a case's outcome is in case_facts
  outcome    TEXT CHECK (outcome IN ('resolved', 'referred', 'no-response', 'out-of-scope')),
  -- 1 helpful, 0 not helpful, NULL not rated
  rating     INTEGER CHECK (rating IN (0, 1)),
  source     TEXT    NOT NULL CHECK (source IN ('bot', 'case', 'offline'))
);
CREATE INDEX inquiries_at ON inquiries(at);
CREATE INDEX inquiries_person ON inquiries(person_ref);
CREATE INDEX inquiries_case ON inquiries(case_id);

-- The text of questions the bot could not answer confidently: the content team's to-do list.
-- Kept only within the retention window (see Retention), deleted with the inquiry's person on /forget.
CREATE TABLE question_texts (
  inquiry_id INTEGER PRIMARY KEY REFERENCES inquiries(id) ON DELETE CASCADE,
  text       TEXT    NOT NULL
);

-- CSV files of offline consultations already imported, so the same file is not counted twice.
CREATE TABLE offline_imports (
  sha256      TEXT    PRIMARY KEY,
  file_name   TEXT    NOT NULL,
  rows        INTEGER NOT NULL,
  imported_at INTEGER NOT NULL
);
