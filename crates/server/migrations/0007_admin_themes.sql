-- The supply side: admins edit themes and their typed required items,
-- register mentors with a message, mentors decline with a reason or stop;
-- every admin write is recorded.

-- Moves on every change of a theme or its items: the ETag admins edit
-- against, so a second save of an old version is refused (412).
ALTER TABLE themes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE theme_required_items ADD COLUMN kind TEXT NOT NULL DEFAULT 'short_text'
    CHECK (kind IN ('short_text', 'long_text', 'single_choice', 'year'));
-- A JSON array of strings, for single_choice only.
ALTER TABLE theme_required_items ADD COLUMN options TEXT NOT NULL DEFAULT '[]';
ALTER TABLE theme_required_items ADD COLUMN required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1));

-- The admin's note to the person registered, and the person's reason to decline.
ALTER TABLE mentor_themes ADD COLUMN message TEXT NOT NULL DEFAULT '';
ALTER TABLE mentor_themes ADD COLUMN decline_reason TEXT NOT NULL DEFAULT '';
-- Set when an approved mentor stops mentoring the theme: the status stays
-- 'approved' (SQLite cannot widen the CHECK without rebuilding the table
-- and its answers), the API reports it as 'stopped'.
ALTER TABLE mentor_themes ADD COLUMN stopped_at INTEGER;

DROP VIEW approved_mentor_themes;
-- What a card may show: approved, not stopped registrations on live themes.
-- Being a mentor means having at least one row here.
CREATE VIEW approved_mentor_themes AS
SELECT mt.mentor_id, mt.theme_id
FROM mentor_themes mt
JOIN themes t ON t.id = mt.theme_id
WHERE mt.status = 'approved' AND mt.stopped_at IS NULL AND t.archived = 0;

-- Every admin write (and every answer to one): who, what, when, and the
-- thing before and after as JSON (the contract's `AuditState`).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    theme_id    INTEGER,
    category_id INTEGER,
    person_id   INTEGER,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_theme ON audit_log (theme_id, id);
