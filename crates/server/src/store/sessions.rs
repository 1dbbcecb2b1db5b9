use sqlx::SqlitePool;

use crate::auth::CurrentSession;

/// The live session with this token hash, and when it expires.
pub async fn find(
    pool: &SqlitePool,
    token_hash: &str,
    now: i64,
) -> Result<Option<(CurrentSession, i64)>, sqlx::Error> {
    let row: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT person_id, csrf_token, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(person_id, csrf_token, expires_at)| {
        (CurrentSession { token_hash: token_hash.to_string(), person_id, csrf_token }, expires_at)
    }))
}

pub async fn create(
    pool: &SqlitePool,
    token_hash: &str,
    csrf_token: &str,
    person_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, csrf_token, person_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(csrf_token)
    .bind(person_id)
    .bind(now)
    .bind(expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn delete(pool: &SqlitePool, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(pool).await?;
    Ok(())
}

/// Expired rows are useless; removing them on login keeps the table small
/// without a background job.
pub async fn delete_expired(pool: &SqlitePool, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected())
}
