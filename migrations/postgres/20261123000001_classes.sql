-- Teachers, their classes, the pupils of a class (a random id, a generated
-- handle and the hash of a login code: nothing else), what pupils did, the
-- permits issued, and failed sign-in attempts (for throttling).
CREATE TABLE teachers (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE classes (
    id TEXT PRIMARY KEY NOT NULL,
    teacher_id TEXT NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    tier TEXT NOT NULL,
    country TEXT NOT NULL,
    year_end TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    is_open BIGINT NOT NULL DEFAULT 0,
    archived BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX classes_teacher ON classes (teacher_id);

CREATE TABLE pupils (
    id TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    animal BIGINT NOT NULL,
    colour BIGINT NOT NULL,
    label TEXT,
    code_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX pupils_class ON pupils (class_id);

CREATE TABLE assignments (
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    due_date TEXT,
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (class_id, module_id)
);

CREATE TABLE safeguarding_checks (
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (class_id, module_id)
);

CREATE TABLE pupil_progress (
    pupil_id TEXT NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (pupil_id, module_id)
);

CREATE TABLE answers (
    pupil_id TEXT NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    attempt BIGINT NOT NULL,
    options TEXT NOT NULL,
    correct BIGINT,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (pupil_id, module_id, question_id, attempt)
);

-- A permit proves a tier's final test was passed in a class (or as a guest),
-- on a date, with a version of the content; it names no pupil.
CREATE TABLE permits (
    code TEXT PRIMARY KEY NOT NULL,
    module_id TEXT NOT NULL,
    tier TEXT NOT NULL,
    class_name TEXT,
    content_reviewed TEXT NOT NULL,
    issued_on TEXT NOT NULL
);

CREATE TABLE attempts (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX attempts_key ON attempts (scope, key, at);
