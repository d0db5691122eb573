-- LTI 1.3: Lanterne as a tool inside a school's learning platform (Moodle,
-- Canvas…). What is stored of a platform's people is a one-way key of
-- (issuer, subject): never a name, an email or a picture. The platform's own
-- id of a pupil (`user_sub`) is kept only beside a score waiting to be sent,
-- and cleared once the platform has it.

-- The platforms an administrator registered (`lanterne lti add-platform`).
CREATE TABLE lti_platforms (
    id TEXT PRIMARY KEY NOT NULL,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    auth_url TEXT NOT NULL,
    token_url TEXT NOT NULL,
    jwks_url TEXT NOT NULL,
    -- The origins allowed to frame Lanterne for this platform, space-separated.
    frame_origins TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployments (
    platform_id TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id TEXT NOT NULL,
    PRIMARY KEY (platform_id, deployment_id)
);

-- Lanterne's own signing keys; a retired key stays published for a day.
CREATE TABLE lti_keys (
    kid TEXT PRIMARY KEY NOT NULL,
    private_pem TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);

-- OIDC logins under way: the state sent to the platform and the nonce bound
-- to it; deleted when used, so a launch (and its nonce) is accepted once.
CREATE TABLE lti_logins (
    state TEXT PRIMARY KEY NOT NULL,
    nonce TEXT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);

-- A sign-in handed to a new tab when the framed launch could not keep a cookie: used once, within minutes.
CREATE TABLE lti_tickets (
    ticket TEXT PRIMARY KEY NOT NULL,
    session TEXT NOT NULL,
    destination TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- A platform's instructor (by one-way key) and their Lanterne account.
CREATE TABLE lti_teachers (
    user_key TEXT PRIMARY KEY NOT NULL,
    teacher_id TEXT NOT NULL REFERENCES teachers (id) ON DELETE CASCADE
);

-- A platform's course (by one-way key of issuer, deployment and context) and its class.
CREATE TABLE lti_classes (
    context_key TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    platform_id TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE
);
CREATE INDEX lti_classes_class ON lti_classes (class_id);

-- A platform's learner (by one-way key) and their pupil in a class.
CREATE TABLE lti_pupils (
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    user_key TEXT NOT NULL,
    pupil_id TEXT NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    PRIMARY KEY (class_id, user_key)
);

-- Scores to send to a platform's gradebook (Assignment and Grade Services):
-- one per pupil, module and line item, kept until sent, retried with backoff.
CREATE TABLE lti_scores (
    id TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    pupil_id TEXT NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    line_item TEXT NOT NULL,
    user_sub TEXT,
    score BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT,
    UNIQUE (pupil_id, module_id, line_item)
);
CREATE INDEX lti_scores_due ON lti_scores (sent_at, next_at);
CREATE INDEX lti_scores_class ON lti_scores (class_id);
