//! SQL of the registrations import: what the rows are matched against.
//! The writes go through `store::admin::register`, like registering in the app.

use std::collections::HashMap;

use naname_contract::admin::RegistrationStatus;
use sqlx::SqliteConnection;

use crate::import::{Directory, ThemeKey};

/// Every person by lower-cased email, and every theme (archived ones too,
/// so a row naming one can say so).
pub async fn directory(conn: &mut SqliteConnection) -> Result<Directory, sqlx::Error> {
    let people: Vec<(String, i64)> =
        sqlx::query_as("SELECT lower(email), id FROM people").fetch_all(&mut *conn).await?;
    let themes: Vec<(i64, String, String, bool)> = sqlx::query_as(
        "SELECT t.id, t.name_ja, t.name_en, t.archived FROM themes t JOIN theme_categories c ON c.id = t.category_id \
         ORDER BY c.sort, c.id, t.sort, t.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(Directory {
        people: people.into_iter().collect(),
        themes: themes
            .into_iter()
            .map(|(id, name_ja, name_en, archived)| ThemeKey { id, name_ja, name_en, archived })
            .collect(),
    })
}

/// Every registration's status, by (person, theme).
pub async fn statuses(
    conn: &mut SqliteConnection,
) -> Result<HashMap<(i64, i64), RegistrationStatus>, sqlx::Error> {
    let rows: Vec<(i64, i64, String, Option<i64>)> =
        sqlx::query_as("SELECT mentor_id, theme_id, status, stopped_at FROM mentor_themes")
            .fetch_all(conn)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(person, theme, status, stopped)| ((person, theme), super::admin::status_of(&status, stopped)))
        .collect())
}
