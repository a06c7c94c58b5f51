-- Hand-offs performed once. A hand-off leaves the outbox like a message; if the process dies after the desk
-- opened the case but before the outbox row was settled, the row is dispatched again after the restart. Its
-- outbox id (AUTOINCREMENT, never reused) is stored with what it created, so the repeat is recognised: the
-- user gets the first notice the crash swallowed instead of "your request is still open", and the adapter's
-- own handoff table gets no second row. NULL for rows written before this migration.
ALTER TABLE cases ADD COLUMN handoff_key INTEGER;
CREATE UNIQUE INDEX cases_handoff_key ON cases(handoff_key) WHERE handoff_key IS NOT NULL;
ALTER TABLE handoff ADD COLUMN handoff_key INTEGER;
CREATE UNIQUE INDEX handoff_handoff_key ON handoff(handoff_key) WHERE handoff_key IS NOT NULL;
