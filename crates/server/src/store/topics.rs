//! Topics (the brief's grid) and responses wanted (対応).

use std::collections::HashMap;

use naname_contract::people::HireKind;
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog, TopicCategory};
use naname_contract::Localized;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

pub fn time_frame_str(t: TimeFrame) -> &'static str {
    match t {
        TimeFrame::Past => "past",
        TimeFrame::Present => "present",
        TimeFrame::Future => "future",
    }
}

pub(crate) fn parse_time_frame(s: &str) -> TimeFrame {
    match s {
        "past" => TimeFrame::Past,
        "future" => TimeFrame::Future,
        // The column's CHECK constraint allows only the three values.
        _ => TimeFrame::Present,
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TopicRow {
    pub id: i64,
    pub category_id: i64,
    pub time_frame: String,
    pub prompt_ja: String,
    pub prompt_en: String,
    pub recommended: bool,
}

impl From<TopicRow> for Topic {
    fn from(r: TopicRow) -> Self {
        Topic {
            id: r.id,
            category_id: r.category_id,
            time_frame: parse_time_frame(&r.time_frame),
            prompt: Localized::new(r.prompt_ja, r.prompt_en),
            recommended: r.recommended,
        }
    }
}

/// Every category with its live topics, grid order: category, then past →
/// present → future, then the admin's order. `recommended` is for a reader
/// of this hire kind (the audiences the admin set on each topic).
pub async fn catalog(pool: &SqlitePool, reader: HireKind) -> Result<TopicCatalog, sqlx::Error> {
    let categories: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name_ja, name_en FROM topic_categories ORDER BY sort, id")
            .fetch_all(pool)
            .await?;
    let topics: Vec<TopicRow> = sqlx::query_as(
        "SELECT id, category_id, time_frame, prompt_ja, prompt_en, \
         CASE ? WHEN 'new_graduate' THEN for_new_graduates ELSE for_career_hires END AS recommended \
         FROM topics WHERE archived = 0 \
         ORDER BY category_id, CASE time_frame WHEN 'past' THEN 0 WHEN 'present' THEN 1 ELSE 2 END, sort, id",
    )
    .bind(crate::store::people::hire_kind_str(reader))
    .fetch_all(pool)
    .await?;
    let mut by_category: HashMap<i64, Vec<Topic>> = HashMap::new();
    for t in topics {
        by_category.entry(t.category_id).or_default().push(t.into());
    }
    Ok(TopicCatalog {
        categories: categories
            .into_iter()
            .map(|(id, ja, en)| TopicCategory {
                id,
                name: Localized::new(ja, en),
                topics: by_category.remove(&id).unwrap_or_default(),
            })
            .collect(),
    })
}

#[derive(sqlx::FromRow)]
pub(crate) struct ResponseRow {
    pub id: i64,
    pub name_ja: String,
    pub name_en: String,
    pub description_ja: String,
    pub description_en: String,
}

impl From<ResponseRow> for ResponseKind {
    fn from(r: ResponseRow) -> Self {
        ResponseKind {
            id: r.id,
            name: Localized::new(r.name_ja, r.name_en),
            description: Localized::new(r.description_ja, r.description_en),
        }
    }
}

/// Live responses, in the admin's order.
pub async fn responses(pool: &SqlitePool) -> Result<Vec<ResponseKind>, sqlx::Error> {
    let rows: Vec<ResponseRow> = sqlx::query_as(
        "SELECT id, name_ja, name_en, description_ja, description_en FROM response_kinds \
         WHERE archived = 0 ORDER BY sort, id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(ResponseKind::from).collect())
}

/// Which of `ids` are live topics.
pub async fn live_topic_ids(conn: &mut SqliteConnection, ids: &[i64]) -> Result<Vec<i64>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut qb = QueryBuilder::<Sqlite>::new("SELECT id FROM topics WHERE archived = 0 AND id IN (");
    let mut list = qb.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    qb.push(")");
    qb.build_query_scalar().fetch_all(conn).await
}

pub async fn response_is_live(conn: &mut SqliteConnection, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM response_kinds WHERE id = ? AND archived = 0)")
        .bind(id)
        .fetch_one(conn)
        .await
}

pub async fn count(conn: &mut SqliteConnection) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as("SELECT (SELECT COUNT(*) FROM topics), (SELECT COUNT(*) FROM response_kinds)")
        .fetch_one(conn)
        .await
}

pub struct NewTopic<'a> {
    pub id: i64,
    pub category_id: i64,
    pub time_frame: TimeFrame,
    pub prompt: (&'a str, &'a str),
    pub recommended: bool,
    pub sort: i64,
}

pub async fn insert_topic(conn: &mut SqliteConnection, t: &NewTopic<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO topics (id, category_id, time_frame, prompt_ja, prompt_en, recommended, sort, \
         for_new_graduates, for_career_hires) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(t.id)
    .bind(t.category_id)
    .bind(time_frame_str(t.time_frame))
    .bind(t.prompt.0)
    .bind(t.prompt.1)
    .bind(t.recommended)
    .bind(t.sort)
    // A seeded recommendation is for everyone.
    .bind(t.recommended)
    .bind(t.recommended)
    .execute(conn)
    .await?;
    Ok(())
}

pub struct NewResponse<'a> {
    pub id: i64,
    pub name: (&'a str, &'a str),
    pub description: (&'a str, &'a str),
    pub sort: i64,
}

pub async fn insert_response(conn: &mut SqliteConnection, r: &NewResponse<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO response_kinds (id, name_ja, name_en, description_ja, description_en, sort) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(r.id)
    .bind(r.name.0)
    .bind(r.name.1)
    .bind(r.description.0)
    .bind(r.description.1)
    .bind(r.sort)
    .execute(conn)
    .await?;
    Ok(())
}
