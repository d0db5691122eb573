-- Sessions carry the id of who signed in (a teacher or a pupil), indexed, so
-- that ending someone's sessions never scans the table.
ALTER TABLE sessions ADD COLUMN owner TEXT;
UPDATE sessions SET owner = (data::json -> 'user' ->> 'id');
CREATE INDEX sessions_owner ON sessions (owner);

-- Two pupils of a class never share a number.
CREATE UNIQUE INDEX pupils_class_number ON pupils (class_id, number);

-- An answer is graded once, against the version of the content it was given on.
ALTER TABLE answers ADD COLUMN content_version TEXT NOT NULL DEFAULT '';

-- One permit per learner and final test: `holder` is a one-way hash of who
-- earned it and the module, so a double click cannot issue two, and the row
-- still names no pupil.
ALTER TABLE permits ADD COLUMN holder TEXT;
CREATE UNIQUE INDEX permits_holder ON permits (holder);
