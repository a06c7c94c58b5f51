-- The people who talk to the bot: only what the conversation needs to serve them again.
-- No names, usernames, phone numbers or message text. Deleted by /forget and after a year without activity.
CREATE TABLE profiles (
  telegram_user_id INTEGER PRIMARY KEY,
  language TEXT NOT NULL CHECK (language IN ('az', 'ru', 'en')),
  language_source TEXT NOT NULL CHECK (language_source IN ('default', 'client', 'detected', 'chosen')),
  citizenship_asked INTEGER NOT NULL DEFAULT 0 CHECK (citizenship_asked IN (0, 1)),
  created_at TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE INDEX profiles_last_seen ON profiles (last_seen);
