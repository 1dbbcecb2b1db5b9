use std::collections::HashMap;

use naname_contract::themes::{RequiredItem, Theme, ThemeCatalog, ThemeCategory};
use naname_contract::Localized;
use sqlx::{SqliteConnection, SqlitePool};

use super::search_text;

/// Every category with its live (not archived) themes, in display order.
pub async fn catalog(pool: &SqlitePool) -> Result<ThemeCatalog, sqlx::Error> {
    let categories: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name_ja, name_en FROM theme_categories ORDER BY sort, id")
            .fetch_all(pool)
            .await?;

    #[derive(sqlx::FromRow)]
    struct ThemeRow {
        id: i64,
        category_id: i64,
        name_ja: String,
        name_en: String,
        description_ja: String,
        description_en: String,
        mentor_count: i64,
    }
    let themes: Vec<ThemeRow> = sqlx::query_as(
        "SELECT t.id, t.category_id, t.name_ja, t.name_en, t.description_ja, t.description_en, \
         (SELECT COUNT(*) FROM approved_mentor_themes a WHERE a.theme_id = t.id) AS mentor_count \
         FROM themes t WHERE t.archived = 0 ORDER BY t.category_id, t.sort, t.id",
    )
    .fetch_all(pool)
    .await?;

    let items: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT i.theme_id, i.id, i.label_ja, i.label_en FROM theme_required_items i \
         JOIN themes t ON t.id = i.theme_id WHERE t.archived = 0 ORDER BY i.theme_id, i.sort, i.id",
    )
    .fetch_all(pool)
    .await?;
    let mut items_by_theme: HashMap<i64, Vec<RequiredItem>> = HashMap::new();
    for (theme_id, id, ja, en) in items {
        items_by_theme.entry(theme_id).or_default().push(RequiredItem { id, label: Localized::new(ja, en) });
    }

    let mut themes_by_category: HashMap<i64, Vec<Theme>> = HashMap::new();
    for t in themes {
        themes_by_category.entry(t.category_id).or_default().push(Theme {
            id: t.id,
            category_id: t.category_id,
            name: Localized::new(t.name_ja, t.name_en),
            description: Localized::new(t.description_ja, t.description_en),
            required_items: items_by_theme.remove(&t.id).unwrap_or_default(),
            mentor_count: u32::try_from(t.mentor_count).unwrap_or(u32::MAX),
        });
    }

    Ok(ThemeCatalog {
        categories: categories
            .into_iter()
            .map(|(id, ja, en)| ThemeCategory {
                id,
                name: Localized::new(ja, en),
                themes: themes_by_category.remove(&id).unwrap_or_default(),
            })
            .collect(),
    })
}

pub struct NewTheme<'a> {
    pub id: i64,
    pub category_id: i64,
    pub name: (&'a str, &'a str),
    pub description: (&'a str, &'a str),
    pub sort: i64,
}

pub async fn insert_theme(conn: &mut SqliteConnection, t: &NewTheme<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO themes (id, category_id, name_ja, name_en, description_ja, description_en, sort, search_text) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(t.id)
    .bind(t.category_id)
    .bind(t.name.0)
    .bind(t.name.1)
    .bind(t.description.0)
    .bind(t.description.1)
    .bind(t.sort)
    .bind(search_text(&[t.name.0, t.name.1]))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_required_item(
    conn: &mut SqliteConnection,
    theme_id: i64,
    label: (&str, &str),
    sort: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO theme_required_items (theme_id, label_ja, label_en, sort) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(theme_id)
    .bind(label.0)
    .bind(label.1)
    .bind(sort)
    .fetch_one(conn)
    .await
}

/// Required item ids of a theme, in order.
pub async fn required_item_ids(conn: &mut SqliteConnection, theme_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM theme_required_items WHERE theme_id = ? ORDER BY sort, id")
        .bind(theme_id)
        .fetch_all(conn)
        .await
}
