-- Kept to portable SQL (INTEGER keys, TEXT, CHECK constraints, views) so a
-- PostgreSQL port only has to change key generation.
--
-- `search_text` columns hold the searchable fields normalised with the
-- contract's `normalize_query`, because SQL alone cannot fold katakana to
-- hiragana or full-width to ASCII the way the app does.

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_reading  TEXT NOT NULL,
    name_latin    TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments (id),
    title_ja      TEXT NOT NULL DEFAULT '',
    title_en      TEXT NOT NULL DEFAULT '',
    office_ja     TEXT NOT NULL DEFAULT '',
    office_en     TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    joined_year   INTEGER NOT NULL,
    hire_kind     TEXT NOT NULL CHECK (hire_kind IN ('new_graduate', 'career_hire')),
    role          TEXT NOT NULL DEFAULT 'employee' CHECK (role IN ('employee', 'admin')),
    search_text   TEXT NOT NULL DEFAULT ''
);
-- Every list is sorted by reading; the id breaks ties so paging is stable.
CREATE INDEX people_reading ON people (name_reading, id);
CREATE INDEX people_department ON people (department_id);

CREATE TABLE theme_categories (
    id      INTEGER PRIMARY KEY,
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE themes (
    id             INTEGER PRIMARY KEY,
    category_id    INTEGER NOT NULL REFERENCES theme_categories (id),
    name_ja        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    sort           INTEGER NOT NULL DEFAULT 0,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    search_text    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX themes_category ON themes (category_id, sort);

CREATE TABLE theme_required_items (
    id       INTEGER PRIMARY KEY,
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    label_ja TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX theme_required_items_theme ON theme_required_items (theme_id, sort);

CREATE TABLE mentor_profiles (
    person_id          INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    talk_about         TEXT NOT NULL DEFAULT '',
    -- The zone preferred times are written in; usually the person's own.
    time_zone          TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    slot_minutes       INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 15 AND 180),
    buffer_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
    min_notice_minutes INTEGER NOT NULL DEFAULT 1440 CHECK (min_notice_minutes >= 0),
    horizon_days       INTEGER NOT NULL DEFAULT 28 CHECK (horizon_days BETWEEN 1 AND 365),
    search_text        TEXT NOT NULL DEFAULT ''
);

-- Preferred weekly 1on1 times, local wall-clock in the mentor's zone.
CREATE TABLE mentor_availability (
    id           INTEGER PRIMARY KEY,
    mentor_id    INTEGER NOT NULL REFERENCES mentor_profiles (person_id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (start_minute < end_minute)
);
CREATE INDEX mentor_availability_mentor ON mentor_availability (mentor_id, weekday, start_minute);

-- Date exceptions to the weekly pattern: a day off (no minutes) or extra hours.
CREATE TABLE mentor_availability_exceptions (
    id           INTEGER PRIMARY KEY,
    mentor_id    INTEGER NOT NULL REFERENCES mentor_profiles (person_id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK ((start_minute IS NULL AND end_minute IS NULL) OR start_minute < end_minute)
);
CREATE INDEX mentor_availability_exceptions_mentor ON mentor_availability_exceptions (mentor_id, day);

-- An admin registers a person for a theme; the person approves (filling the
-- required items) or declines. Only approved rows show on cards.
CREATE TABLE mentor_themes (
    mentor_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    theme_id      INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined')),
    registered_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    registered_at INTEGER NOT NULL,
    decided_at    INTEGER,
    PRIMARY KEY (mentor_id, theme_id)
);
-- The mentor filter starts from the themes asked for and groups by mentor.
CREATE INDEX mentor_themes_theme ON mentor_themes (theme_id, status, mentor_id);
CREATE INDEX mentor_themes_status ON mentor_themes (status, mentor_id, theme_id);

CREATE TABLE mentor_theme_answers (
    mentor_id INTEGER NOT NULL,
    theme_id  INTEGER NOT NULL,
    item_id   INTEGER NOT NULL REFERENCES theme_required_items (id) ON DELETE CASCADE,
    answer    TEXT NOT NULL,
    PRIMARY KEY (mentor_id, theme_id, item_id),
    FOREIGN KEY (mentor_id, theme_id) REFERENCES mentor_themes (mentor_id, theme_id) ON DELETE CASCADE
);

-- What a card may show: approved registrations on live themes. Being a
-- mentor means having at least one row here.
CREATE VIEW approved_mentor_themes AS
SELECT mt.mentor_id, mt.theme_id
FROM mentor_themes mt
JOIN themes t ON t.id = mt.theme_id
WHERE mt.status = 'approved' AND t.archived = 0;

-- Only a hash of the cookie token is stored, so a leaked database does not
-- hand out live sessions. Times are Unix seconds.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    csrf_token TEXT NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
