-- 1on1 requests: what the mentee wants to talk about (topics), how they want
-- the mentor to respond (responses), and the requests themselves.
-- Instants are Unix seconds (UTC), like the other tables.

-- The brief's topic grid: one row per category, prompts per time frame.
CREATE TABLE topic_categories (
    id      INTEGER PRIMARY KEY,
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES topic_categories (id),
    time_frame  TEXT NOT NULL CHECK (time_frame IN ('past', 'present', 'future')),
    prompt_ja   TEXT NOT NULL,
    prompt_en   TEXT NOT NULL,
    recommended INTEGER NOT NULL DEFAULT 0 CHECK (recommended IN (0, 1)),
    sort        INTEGER NOT NULL DEFAULT 0,
    -- Archived topics stay readable on old 1on1s but cannot be chosen.
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX topics_category ON topics (category_id, sort);

-- 対応: the kind of response the mentee wants.
CREATE TABLE response_kinds (
    id             INTEGER PRIMARY KEY,
    name_ja        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    sort           INTEGER NOT NULL DEFAULT 0,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- `status` is what people made of the request; time moves it on for readers
-- (requested → expired at the start, accepted → done at the end), see the
-- contract's `effective_status`. Only requested and accepted rows hold a slot.
CREATE TABLE one_on_ones (
    id           INTEGER PRIMARY KEY,
    mentor_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    mentee_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'requested'
                 CHECK (status IN ('requested', 'accepted', 'declined', 'cancelled', 'expired', 'done')),
    theme_id     INTEGER NOT NULL REFERENCES themes (id),
    response_id  INTEGER NOT NULL REFERENCES response_kinds (id),
    note         TEXT NOT NULL DEFAULT '',
    -- The mentor's message when declining, or the canceller's.
    message      TEXT,
    cancelled_by TEXT CHECK (cancelled_by IN ('mentee', 'mentor')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK (mentor_id <> mentee_id),
    CHECK (start_at < end_at)
);
-- The database itself refuses a second active 1on1 in a mentor's slot, or a
-- mentee in two places at once, whatever the application checked before.
CREATE UNIQUE INDEX one_on_ones_mentor_slot ON one_on_ones (mentor_id, start_at)
    WHERE status IN ('requested', 'accepted');
CREATE UNIQUE INDEX one_on_ones_mentee_slot ON one_on_ones (mentee_id, start_at)
    WHERE status IN ('requested', 'accepted');
-- Busy time and "My 1on1s" read by person, status and time.
CREATE INDEX one_on_ones_mentor ON one_on_ones (mentor_id, status, start_at);
CREATE INDEX one_on_ones_mentee ON one_on_ones (mentee_id, status, start_at);

CREATE TABLE one_on_one_topics (
    one_on_one_id INTEGER NOT NULL REFERENCES one_on_ones (id) ON DELETE CASCADE,
    topic_id      INTEGER NOT NULL REFERENCES topics (id),
    sort          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (one_on_one_id, topic_id)
);

-- `Idempotency-Key` of POST /api/one-on-ones, per person: the answer given
-- the first time, replayed to a retry. `request_hash` tells a retry from a
-- different request reusing the key.
CREATE TABLE idempotency_keys (
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    body         BLOB NOT NULL,
    location     TEXT,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (person_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Topics and responses are shown in cached lists; bookings are not (busy
-- time must be exact), so one_on_ones has no revision triggers.
CREATE TRIGGER topic_categories_ins_revision AFTER INSERT ON topic_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topic_categories_upd_revision AFTER UPDATE ON topic_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topic_categories_del_revision AFTER DELETE ON topic_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_ins_revision AFTER INSERT ON topics BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_upd_revision AFTER UPDATE ON topics BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_del_revision AFTER DELETE ON topics BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER response_kinds_ins_revision AFTER INSERT ON response_kinds BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER response_kinds_upd_revision AFTER UPDATE ON response_kinds BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER response_kinds_del_revision AFTER DELETE ON response_kinds BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
