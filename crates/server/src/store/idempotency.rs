//! Answers remembered per `(person, Idempotency-Key)`, replayed to retries.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

/// Keys are kept this long; a retry comes within seconds or minutes.
pub const KEEP: Duration = Duration::hours(24);
/// Live keys kept per person; remembering one more forgets their oldest. A
/// client that retries does so long before it has sent this many other
/// requests, and a flood of fresh keys stays this size. Forgetting a 201
/// cannot book twice: the retry is judged afresh, and the booking it
/// repeats already holds the mentor's slot and the mentee's time.
pub const MAX_KEYS_PER_PERSON: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub request_hash: String,
    pub status: u16,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

pub async fn find(
    conn: &mut SqliteConnection,
    person_id: i64,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<Stored>, sqlx::Error> {
    let row: Option<(String, i64, Vec<u8>, Option<String>)> = sqlx::query_as(
        "SELECT request_hash, status, body, location FROM idempotency_keys \
         WHERE person_id = ? AND key = ? AND created_at > ?",
    )
    .bind(person_id)
    .bind(key)
    .bind((now - KEEP).timestamp())
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(request_hash, status, body, location)| Stored {
        request_hash,
        status: u16::try_from(status).unwrap_or(500),
        body,
        location,
    }))
}

/// Remembers an answer, first purging every expired one (anyone's), and
/// keeps the person to [`MAX_KEYS_PER_PERSON`] live keys. Returns `false`
/// when a live answer is already stored (a concurrent request with the same
/// key won).
pub async fn remember(
    conn: &mut SqliteConnection,
    person_id: i64,
    key: &str,
    answer: &Stored,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    sqlx::query("DELETE FROM idempotency_keys WHERE created_at <= ?")
        .bind((now - KEEP).timestamp())
        .execute(&mut *conn)
        .await?;
    let done = sqlx::query(
        "INSERT INTO idempotency_keys (person_id, key, request_hash, status, body, location, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, key) DO NOTHING",
    )
    .bind(person_id)
    .bind(key)
    .bind(&answer.request_hash)
    .bind(i64::from(answer.status))
    .bind(&answer.body)
    .bind(&answer.location)
    .bind(now.timestamp())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    // Insertion order is rowid order; the primary key finds the person's rows.
    sqlx::query(
        "DELETE FROM idempotency_keys WHERE person_id = ? AND rowid NOT IN \
         (SELECT rowid FROM idempotency_keys WHERE person_id = ? ORDER BY rowid DESC LIMIT ?)",
    )
    .bind(person_id)
    .bind(person_id)
    .bind(MAX_KEYS_PER_PERSON as i64)
    .execute(conn)
    .await?;
    Ok(true)
}
