use sqlx::SqlitePool;

use crate::auth::{CurrentSession, IDLE_SECONDS, MAX_SESSIONS_PER_PERSON};

/// The live session with this token hash (unexpired, used within
/// [`IDLE_SECONDS`]), and when it was last used.
pub async fn find(
    pool: &SqlitePool,
    token_hash: &str,
    now: i64,
) -> Result<Option<(CurrentSession, i64)>, sqlx::Error> {
    let row: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT person_id, csrf_token, last_seen_at FROM sessions \
         WHERE token_hash = ? AND expires_at > ? AND last_seen_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .bind(now - IDLE_SECONDS)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(person_id, csrf_token, last_seen_at)| {
        (CurrentSession { token_hash: token_hash.to_string(), person_id, csrf_token }, last_seen_at)
    }))
}

/// A new session, used now; the person's least recently used sessions
/// beyond [`MAX_SESSIONS_PER_PERSON`] end.
pub async fn create(
    pool: &SqlitePool,
    token_hash: &str,
    csrf_token: &str,
    person_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, csrf_token, person_id, created_at, expires_at, last_seen_at) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(csrf_token)
    .bind(person_id)
    .bind(now)
    .bind(expires_at)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM sessions WHERE person_id = ? AND token_hash NOT IN \
         (SELECT token_hash FROM sessions WHERE person_id = ? \
          ORDER BY last_seen_at DESC, created_at DESC, rowid DESC LIMIT ?)",
    )
    .bind(person_id)
    .bind(person_id)
    .bind(MAX_SESSIONS_PER_PERSON as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Records a use of the session at `now`.
pub async fn touch(pool: &SqlitePool, token_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?")
        .bind(now)
        .bind(token_hash)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(pool: &SqlitePool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(pool).await?;
    Ok(())
}

/// Every session of the person ("sign out everywhere"); how many there were.
pub async fn delete_all_of(pool: &SqlitePool, person_id: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE person_id = ?")
        .bind(person_id)
        .execute(pool)
        .await?
        .rows_affected())
}

/// Expired and idle rows are useless; removing them on login keeps the
/// table small without a background job.
pub async fn delete_expired(pool: &SqlitePool, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?")
        .bind(now)
        .bind(now - IDLE_SECONDS)
        .execute(pool)
        .await?
        .rows_affected())
}
