-- Effectively-once inquiry log. An update handled again after a crash (its effects were written, the process
-- died before the update was marked done) must not count the question twice: each bot inquiry carries a keyed
-- hash of what it answers (chat id and message id, or a button press's callback id; see Pseudonyms.ofOrigin),
-- unique when set.
-- NULL for offline consultations, case outcomes and rows of people who asked to be forgotten.
ALTER TABLE inquiries ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX inquiries_origin ON inquiries(origin) WHERE origin IS NOT NULL;
