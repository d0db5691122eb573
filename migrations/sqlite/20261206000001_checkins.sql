-- Check-ins: the occasions a teacher opens for a class (before, after and
-- later: one of each, the knowledge form fixed by the occasion) and the
-- scored answers. `respondent` is a one-way key of the pupil, never shown,
-- that pairs one child's answers across occasions; answers keep no time and
-- no pupil id, and go with their class.
CREATE TABLE checkin_occasions (
    id TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    occasion TEXT NOT NULL,
    content_version TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    closed_at BIGINT,
    UNIQUE (class_id, occasion)
);

CREATE TABLE checkin_answers (
    occasion_id TEXT NOT NULL REFERENCES checkin_occasions (id) ON DELETE CASCADE,
    respondent TEXT NOT NULL,
    part TEXT NOT NULL,
    item_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    score BIGINT NOT NULL,
    max_score BIGINT NOT NULL,
    PRIMARY KEY (occasion_id, respondent, item_id)
);
