//! SQL of the admin's topics and responses (対応), archived included, with
//! whether a 1on1 refers to each (then it can only be archived).

use std::collections::HashMap;

use naname_contract::admin_topics::{
    AdminResponse, AdminTopic, AdminTopicCatalog, AdminTopicCategory, Audience, TopicAuditState,
};
use naname_contract::people::HireKind;
use naname_contract::topics::TimeFrame;
use naname_contract::Localized;
use sqlx::{SqliteConnection, SqlitePool};

use super::topics::{parse_time_frame, time_frame_str};

/// The reader's hire kind; a person without a row reads as a career hire
/// (the session layer already checked they exist).
pub async fn hire_kind(pool: &SqlitePool, person_id: i64) -> Result<HireKind, sqlx::Error> {
    let kind: Option<String> = sqlx::query_scalar("SELECT hire_kind FROM people WHERE id = ?")
        .bind(person_id)
        .fetch_optional(pool)
        .await?;
    Ok(if kind.as_deref() == Some("new_graduate") { HireKind::NewGraduate } else { HireKind::CareerHire })
}

#[derive(sqlx::FromRow)]
struct TopicRow {
    id: i64,
    category_id: i64,
    time_frame: String,
    prompt_ja: String,
    prompt_en: String,
    for_new_graduates: bool,
    for_career_hires: bool,
    archived: bool,
    used: bool,
}

impl From<TopicRow> for AdminTopic {
    fn from(r: TopicRow) -> Self {
        AdminTopic {
            id: r.id,
            category_id: r.category_id,
            time_frame: parse_time_frame(&r.time_frame),
            prompt: Localized::new(r.prompt_ja, r.prompt_en),
            audience: Audience { new_graduates: r.for_new_graduates, career_hires: r.for_career_hires },
            archived: r.archived,
            used: r.used,
        }
    }
}

const TOPIC_SELECT: &str = "SELECT t.id, t.category_id, t.time_frame, t.prompt_ja, t.prompt_en, \
     t.for_new_graduates, t.for_career_hires, t.archived, \
     EXISTS (SELECT 1 FROM one_on_one_topics ot WHERE ot.topic_id = t.id) AS used FROM topics t";

#[derive(sqlx::FromRow)]
struct ResponseRow {
    id: i64,
    name_ja: String,
    name_en: String,
    description_ja: String,
    description_en: String,
    archived: bool,
    used: bool,
}

impl From<ResponseRow> for AdminResponse {
    fn from(r: ResponseRow) -> Self {
        AdminResponse {
            id: r.id,
            name: Localized::new(r.name_ja, r.name_en),
            description: Localized::new(r.description_ja, r.description_en),
            archived: r.archived,
            used: r.used,
        }
    }
}

const RESPONSE_SELECT: &str =
    "SELECT r.id, r.name_ja, r.name_en, r.description_ja, r.description_en, r.archived, \
     EXISTS (SELECT 1 FROM one_on_ones o WHERE o.response_id = r.id) AS used FROM response_kinds r";

pub async fn catalog(conn: &mut SqliteConnection) -> Result<AdminTopicCatalog, sqlx::Error> {
    let categories: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name_ja, name_en FROM topic_categories ORDER BY sort, id")
            .fetch_all(&mut *conn)
            .await?;
    let topics: Vec<TopicRow> = sqlx::query_as(&format!(
        "{TOPIC_SELECT} ORDER BY t.category_id, \
         CASE t.time_frame WHEN 'past' THEN 0 WHEN 'present' THEN 1 ELSE 2 END, t.sort, t.id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let mut by_category: HashMap<i64, Vec<AdminTopic>> = HashMap::new();
    for t in topics {
        by_category.entry(t.category_id).or_default().push(t.into());
    }
    let responses: Vec<ResponseRow> =
        sqlx::query_as(&format!("{RESPONSE_SELECT} ORDER BY r.sort, r.id")).fetch_all(&mut *conn).await?;
    Ok(AdminTopicCatalog {
        categories: categories
            .into_iter()
            .map(|(id, ja, en)| AdminTopicCategory {
                id,
                name: Localized::new(ja, en),
                topics: by_category.remove(&id).unwrap_or_default(),
            })
            .collect(),
        responses: responses.into_iter().map(AdminResponse::from).collect(),
    })
}

pub async fn category(conn: &mut SqliteConnection, id: i64) -> Result<Option<Localized>, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT name_ja, name_en FROM topic_categories WHERE id = ?")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(ja, en)| Localized::new(ja, en)))
}

/// A new category at the end; its id.
pub async fn insert_category(conn: &mut SqliteConnection, name: &Localized) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO topic_categories (name_ja, name_en, sort) \
         VALUES (?, ?, (SELECT COALESCE(MAX(sort), 0) + 1 FROM topic_categories)) RETURNING id",
    )
    .bind(&name.ja)
    .bind(&name.en)
    .fetch_one(conn)
    .await
}

pub async fn rename_category(
    conn: &mut SqliteConnection,
    id: i64,
    name: &Localized,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE topic_categories SET name_ja = ?, name_en = ? WHERE id = ?")
        .bind(&name.ja)
        .bind(&name.en)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn topic(conn: &mut SqliteConnection, id: i64) -> Result<Option<AdminTopic>, sqlx::Error> {
    let row: Option<TopicRow> =
        sqlx::query_as(&format!("{TOPIC_SELECT} WHERE t.id = ?")).bind(id).fetch_optional(conn).await?;
    Ok(row.map(AdminTopic::from))
}

/// A new prompt at the end of its cell; its id.
pub async fn insert_topic(
    conn: &mut SqliteConnection,
    category_id: i64,
    time_frame: TimeFrame,
    prompt: &Localized,
    audience: Audience,
) -> Result<i64, sqlx::Error> {
    let everyone = audience == Audience::EVERYONE;
    sqlx::query_scalar(
        "INSERT INTO topics (category_id, time_frame, prompt_ja, prompt_en, recommended, \
         for_new_graduates, for_career_hires, sort) VALUES (?, ?, ?, ?, ?, ?, ?, \
         (SELECT COALESCE(MAX(sort), 0) + 1 FROM topics WHERE category_id = ?)) RETURNING id",
    )
    .bind(category_id)
    .bind(time_frame_str(time_frame))
    .bind(&prompt.ja)
    .bind(&prompt.en)
    .bind(everyone)
    .bind(audience.new_graduates)
    .bind(audience.career_hires)
    .bind(category_id)
    .fetch_one(conn)
    .await
}

pub async fn update_topic(
    conn: &mut SqliteConnection,
    id: i64,
    prompt: &Localized,
    audience: Audience,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE topics SET prompt_ja = ?, prompt_en = ?, recommended = ?, for_new_graduates = ?, \
         for_career_hires = ? WHERE id = ?",
    )
    .bind(&prompt.ja)
    .bind(&prompt.en)
    .bind(audience == Audience::EVERYONE)
    .bind(audience.new_graduates)
    .bind(audience.career_hires)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// `table` is `topics` or `response_kinds`, never user input.
pub async fn set_archived(
    conn: &mut SqliteConnection,
    table: &'static str,
    id: i64,
    archived: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("UPDATE {table} SET archived = ? WHERE id = ?"))
        .bind(archived)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn delete(conn: &mut SqliteConnection, table: &'static str, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("DELETE FROM {table} WHERE id = ?")).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn response(conn: &mut SqliteConnection, id: i64) -> Result<Option<AdminResponse>, sqlx::Error> {
    let row: Option<ResponseRow> =
        sqlx::query_as(&format!("{RESPONSE_SELECT} WHERE r.id = ?")).bind(id).fetch_optional(conn).await?;
    Ok(row.map(AdminResponse::from))
}

pub async fn insert_response(
    conn: &mut SqliteConnection,
    name: &Localized,
    description: &Localized,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO response_kinds (name_ja, name_en, description_ja, description_en, sort) \
         VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(sort), 0) + 1 FROM response_kinds)) RETURNING id",
    )
    .bind(&name.ja)
    .bind(&name.en)
    .bind(&description.ja)
    .bind(&description.en)
    .fetch_one(conn)
    .await
}

pub async fn update_response(
    conn: &mut SqliteConnection,
    id: i64,
    name: &Localized,
    description: &Localized,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE response_kinds SET name_ja = ?, name_en = ?, description_ja = ?, description_en = ? WHERE id = ?",
    )
    .bind(&name.ja)
    .bind(&name.en)
    .bind(&description.ja)
    .bind(&description.en)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// An `audit_log` row of a topic write. Topic ids are not theme ids, so the
/// theme and category columns stay empty: the themes' change log never
/// shows these rows.
pub async fn record(
    conn: &mut SqliteConnection,
    at: i64,
    actor_id: i64,
    action: &str,
    before: Option<&TopicAuditState>,
    after: Option<&TopicAuditState>,
) -> Result<(), sqlx::Error> {
    let json = |s: Option<&TopicAuditState>| s.and_then(|s| serde_json::to_string(s).ok());
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(at)
    .bind(actor_id)
    .bind(action)
    .bind(json(before))
    .bind(json(after))
    .execute(conn)
    .await?;
    Ok(())
}
