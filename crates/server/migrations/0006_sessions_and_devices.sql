-- Sessions end after 12 hours without use, within their 14 days: the time a
-- session was last used, kept to the minute (the server moves it on at most
-- once a minute per session). Each person keeps a bounded number of
-- sessions; signing in once more ends their least recently used one.
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
DROP INDEX sessions_person;
CREATE INDEX sessions_person ON sessions (person_id, last_seen_at);

-- Browsers that signed in successfully, by the SHA-256 of a random token in
-- an HttpOnly cookie. Sign-in throttling trusts a device of the account it
-- signs in to: failures from anywhere else cannot lock that device out.
CREATE TABLE sign_in_devices (
    token_hash TEXT PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sign_in_devices_person ON sign_in_devices (person_id, created_at);
CREATE INDEX sign_in_devices_expiry ON sign_in_devices (expires_at);
