-- Live sessions: a presenter (a teacher account) runs a module in front of a
-- room; devices join with a 6-digit code. What is stored of the room is
-- counts: how many chose each option of each question (from devices, or a
-- show of hands typed by the presenter), and which participants answered a
-- question (a random key per device, or a one-way key of a pupil), so each
-- answers once. Nothing says who chose what.
CREATE TABLE live_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT UNIQUE,
    teacher_id TEXT NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
    class_id TEXT REFERENCES classes (id) ON DELETE SET NULL,
    module_id TEXT NOT NULL,
    screen BIGINT NOT NULL DEFAULT 0,
    revealed BIGINT NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX live_sessions_teacher ON live_sessions (teacher_id);
CREATE INDEX live_sessions_class ON live_sessions (class_id);

CREATE TABLE live_answered (
    session_id TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    participant TEXT NOT NULL,
    PRIMARY KEY (session_id, question_id, participant)
);

CREATE TABLE live_tallies (
    session_id TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    source TEXT NOT NULL,
    option_index BIGINT NOT NULL,
    chosen BIGINT NOT NULL,
    PRIMARY KEY (session_id, question_id, source, option_index)
);
