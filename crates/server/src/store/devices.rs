//! Browsers that signed in successfully (see `throttle`): a random token in
//! an HttpOnly cookie, of which only the SHA-256 is stored.

use sqlx::SqlitePool;

/// Devices one person keeps; signing in from one more forgets their oldest.
pub const MAX_PER_PERSON: i64 = 20;

/// The email of the account a live device token belongs to.
pub async fn email_of(pool: &SqlitePool, token_hash: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT p.email FROM sign_in_devices d JOIN people p ON p.id = d.person_id \
         WHERE d.token_hash = ? AND d.expires_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Remembers a device of `person_id`, drops their oldest beyond
/// [`MAX_PER_PERSON`] and everyone's expired ones.
pub async fn create(
    pool: &SqlitePool,
    token_hash: &str,
    person_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM sign_in_devices WHERE expires_at <= ?").bind(now).execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO sign_in_devices (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(person_id)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM sign_in_devices WHERE person_id = ? AND token_hash NOT IN \
         (SELECT token_hash FROM sign_in_devices WHERE person_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)",
    )
    .bind(person_id)
    .bind(person_id)
    .bind(MAX_PER_PERSON)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}
