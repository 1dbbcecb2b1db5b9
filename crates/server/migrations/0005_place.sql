-- Where a 1on1 happens and what the mentor said when accepting, and the
-- place a mentor's accept form starts with next time.

-- Both place columns are set together (the API sets them from one object)
-- or both are NULL: no place given.
ALTER TABLE one_on_ones ADD COLUMN place_kind TEXT CHECK (place_kind IN ('online', 'office'));
ALTER TABLE one_on_ones ADD COLUMN place_value TEXT;
-- Apart from `message`, which a later cancellation may fill.
ALTER TABLE one_on_ones ADD COLUMN acceptance_message TEXT;

-- One default per mentor. A table of its own rather than columns on
-- `people`: every update of `people` moves data_revision and empties the
-- people and mentor caches, and accepting a 1on1 must not do that.
CREATE TABLE place_defaults (
    person_id  INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('online', 'office')),
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
