//! SQL of the supply side: themes and categories as admins edit them,
//! registrations of mentors per theme, the mentor's answers, the audit log.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use naname_contract::admin::{
    AdminCatalog, AdminCategory, AdminRequiredItem, AdminTheme, AuditEntry, AuditState, ItemKind, PersonRef,
    Registration, RegistrationCounts, RegistrationOutcome, RegistrationStatus, ThemeImpact, ThemeInput,
};
use naname_contract::mentor_themes::{answer_fits, needs_answer, MyRegistration};
use naname_contract::{Localized, UserText};
use sqlx::SqliteConnection;

use super::one_on_ones::instant;
use super::people::{PersonRow, PERSON_COLUMNS};
use super::search_text;

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

// ---- themes ----

/// Required items of the given themes (all themes when `None`), in order.
async fn items_of(
    conn: &mut SqliteConnection,
    theme_id: Option<i64>,
) -> Result<HashMap<i64, Vec<AdminRequiredItem>>, sqlx::Error> {
    let rows: Vec<(i64, i64, String, String, String, String, bool)> = sqlx::query_as(
        "SELECT theme_id, id, label_ja, label_en, kind, options, required FROM theme_required_items \
         WHERE ?1 IS NULL OR theme_id = ?1 ORDER BY theme_id, sort, id",
    )
    .bind(theme_id)
    .fetch_all(conn)
    .await?;
    let mut out: HashMap<i64, Vec<AdminRequiredItem>> = HashMap::new();
    for (theme_id, id, ja, en, kind, options, required) in rows {
        out.entry(theme_id).or_default().push(AdminRequiredItem {
            id,
            label: Localized::new(ja, en),
            kind: ItemKind::parse(&kind).unwrap_or(ItemKind::ShortText),
            options: serde_json::from_str(&options).unwrap_or_default(),
            required,
        });
    }
    Ok(out)
}

/// Themes as admins see them (one when `theme_id` is given), in display order.
async fn admin_themes(
    conn: &mut SqliteConnection,
    theme_id: Option<i64>,
) -> Result<Vec<AdminTheme>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        category_id: i64,
        name_ja: String,
        name_en: String,
        description_ja: String,
        description_en: String,
        archived: bool,
        version: i64,
        pending: i64,
        approved: i64,
        declined: i64,
        stopped: i64,
        needs_answer: i64,
        one_on_ones: i64,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT t.id, t.category_id, t.name_ja, t.name_en, t.description_ja, t.description_en, \
         t.archived, t.version, \
         (SELECT COUNT(*) FROM mentor_themes m WHERE m.theme_id = t.id AND m.status = 'pending') AS pending, \
         (SELECT COUNT(*) FROM mentor_themes m WHERE m.theme_id = t.id AND m.status = 'approved' AND m.stopped_at IS NULL) AS approved, \
         (SELECT COUNT(*) FROM mentor_themes m WHERE m.theme_id = t.id AND m.status = 'declined') AS declined, \
         (SELECT COUNT(*) FROM mentor_themes m WHERE m.theme_id = t.id AND m.status = 'approved' AND m.stopped_at IS NOT NULL) AS stopped, \
         (SELECT COUNT(*) FROM mentor_themes m WHERE m.theme_id = t.id AND m.status = 'approved' AND m.stopped_at IS NULL \
            AND EXISTS (SELECT 1 FROM theme_required_items i WHERE i.theme_id = t.id AND i.required = 1 \
              AND NOT EXISTS (SELECT 1 FROM mentor_theme_answers a \
                WHERE a.mentor_id = m.mentor_id AND a.theme_id = t.id AND a.item_id = i.id))) AS needs_answer, \
         (SELECT COUNT(*) FROM one_on_ones o WHERE o.theme_id = t.id) AS one_on_ones \
         FROM themes t WHERE ?1 IS NULL OR t.id = ?1 ORDER BY t.category_id, t.sort, t.id",
    )
    .bind(theme_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut items = items_of(conn, theme_id).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let used = r.pending + r.approved + r.declined + r.stopped + r.one_on_ones > 0;
            AdminTheme {
                id: r.id,
                category_id: r.category_id,
                name: Localized::new(r.name_ja, r.name_en),
                description: Localized::new(r.description_ja, r.description_en),
                required_items: items.remove(&r.id).unwrap_or_default(),
                archived: r.archived,
                version: r.version,
                registrations: RegistrationCounts {
                    pending: count(r.pending),
                    approved: count(r.approved),
                    declined: count(r.declined),
                    stopped: count(r.stopped),
                    needs_answer: count(r.needs_answer),
                },
                one_on_ones: count(r.one_on_ones),
                deletable: !used,
            }
        })
        .collect())
}

pub async fn theme(conn: &mut SqliteConnection, id: i64) -> Result<Option<AdminTheme>, sqlx::Error> {
    Ok(admin_themes(conn, Some(id)).await?.pop())
}

/// Every category with all its themes, archived ones included.
pub async fn catalog(conn: &mut SqliteConnection) -> Result<AdminCatalog, sqlx::Error> {
    let categories: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name_ja, name_en FROM theme_categories ORDER BY sort, id")
            .fetch_all(&mut *conn)
            .await?;
    let mut by_category: HashMap<i64, Vec<AdminTheme>> = HashMap::new();
    for t in admin_themes(conn, None).await? {
        by_category.entry(t.category_id).or_default().push(t);
    }
    Ok(AdminCatalog {
        categories: categories
            .into_iter()
            .map(|(id, ja, en)| AdminCategory {
                id,
                name: Localized::new(ja, en),
                themes: by_category.remove(&id).unwrap_or_default(),
            })
            .collect(),
    })
}

pub fn theme_state(t: &AdminTheme) -> AuditState {
    AuditState::Theme {
        category_id: t.category_id,
        name: t.name.clone(),
        description: t.description.clone(),
        required_items: t.required_items.clone(),
        archived: t.archived,
        version: t.version,
    }
}

pub async fn category_exists(conn: &mut SqliteConnection, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM theme_categories WHERE id = ?)")
        .bind(id)
        .fetch_one(conn)
        .await
}

pub async fn theme_count(conn: &mut SqliteConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM themes").fetch_one(conn).await
}

async fn insert_item(
    conn: &mut SqliteConnection,
    theme_id: i64,
    item: &naname_contract::admin::RequiredItemInput,
    sort: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO theme_required_items (theme_id, label_ja, label_en, sort, kind, options, required) \
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(theme_id)
    .bind(&item.label.ja)
    .bind(&item.label.en)
    .bind(sort)
    .bind(item.kind.as_str())
    .bind(options_json(&item.options))
    .bind(item.required)
    .fetch_one(conn)
    .await
}

fn options_json(options: &[String]) -> String {
    serde_json::to_string(options).unwrap_or_else(|_| "[]".into())
}

/// A new theme at the end of its category; its id.
pub async fn insert_theme(conn: &mut SqliteConnection, t: &ThemeInput) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO themes (category_id, name_ja, name_en, description_ja, description_en, sort, search_text) \
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(sort), -1) + 1 FROM themes WHERE category_id = ?1), ?6) \
         RETURNING id",
    )
    .bind(t.category_id)
    .bind(&t.name.ja)
    .bind(&t.name.en)
    .bind(&t.description.ja)
    .bind(&t.description.en)
    .bind(search_text(&[&t.name.ja, &t.name.en]))
    .fetch_one(&mut *conn)
    .await?;
    for (sort, item) in (0i64..).zip(&t.required_items) {
        insert_item(conn, id, item, sort).await?;
    }
    Ok(id)
}

/// What replacing `before` by `after` does to the answers: per mentor
/// approved now, whether they would have a required item to answer, and
/// the answers that would be deleted (item gone, or the answer no longer fits).
struct AnswerPlan {
    dropped: Vec<(i64, i64)>,
    asked: u32,
    approved: u32,
}

async fn plan_answers(
    conn: &mut SqliteConnection,
    before: &AdminTheme,
    after: &ThemeInput,
) -> Result<AnswerPlan, sqlx::Error> {
    let answers: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT mentor_id, item_id, answer, answer_en FROM mentor_theme_answers WHERE theme_id = ?",
    )
    .bind(before.id)
    .fetch_all(&mut *conn)
    .await?;
    let approved: Vec<i64> = sqlx::query_scalar(
        "SELECT mentor_id FROM mentor_themes WHERE theme_id = ? AND status = 'approved' AND stopped_at IS NULL",
    )
    .bind(before.id)
    .fetch_all(&mut *conn)
    .await?;
    let mut kept: HashMap<i64, BTreeMap<i64, String>> = HashMap::new();
    let mut dropped = Vec::new();
    for (mentor, item_id, answer, answer_en) in answers {
        let fits = after
            .required_items
            .iter()
            .find(|i| i.id == Some(item_id))
            .is_some_and(|i| answer_fits(i.kind, &i.options, &answer, &answer_en));
        if fits {
            kept.entry(mentor).or_default().insert(item_id, answer);
        } else {
            dropped.push((mentor, item_id));
        }
    }
    let asked = approved
        .iter()
        .filter(|m| {
            let mine = kept.get(m);
            after.required_items.iter().any(|i| {
                i.required && i.id.is_none_or(|id| mine.is_none_or(|answers| !answers.contains_key(&id)))
            })
        })
        .count();
    Ok(AnswerPlan { dropped, asked: count(asked as i64), approved: count(approved.len() as i64) })
}

/// Replaces a theme's fields and items (`after` is validated and its item
/// ids belong to `before`); moves its version on.
pub async fn replace_theme(
    conn: &mut SqliteConnection,
    before: &AdminTheme,
    after: &ThemeInput,
) -> Result<(), sqlx::Error> {
    let plan = plan_answers(conn, before, after).await?;
    for (mentor, item) in &plan.dropped {
        sqlx::query("DELETE FROM mentor_theme_answers WHERE mentor_id = ? AND theme_id = ? AND item_id = ?")
            .bind(mentor)
            .bind(before.id)
            .bind(item)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "UPDATE themes SET category_id = ?, name_ja = ?, name_en = ?, description_ja = ?, description_en = ?, \
         search_text = ?, version = version + 1 WHERE id = ?",
    )
    .bind(after.category_id)
    .bind(&after.name.ja)
    .bind(&after.name.en)
    .bind(&after.description.ja)
    .bind(&after.description.en)
    .bind(search_text(&[&after.name.ja, &after.name.en]))
    .bind(before.id)
    .execute(&mut *conn)
    .await?;
    for (sort, item) in (0i64..).zip(&after.required_items) {
        match item.id {
            Some(id) => {
                sqlx::query(
                    "UPDATE theme_required_items SET label_ja = ?, label_en = ?, sort = ?, kind = ?, options = ?, \
                     required = ? WHERE id = ?",
                )
                .bind(&item.label.ja)
                .bind(&item.label.en)
                .bind(sort)
                .bind(item.kind.as_str())
                .bind(options_json(&item.options))
                .bind(item.required)
                .bind(id)
                .execute(&mut *conn)
                .await?;
            }
            None => {
                insert_item(conn, before.id, item, sort).await?;
            }
        }
    }
    // After the inserts, so a new item never takes the id of one removed in the same save.
    for old in &before.required_items {
        if !after.required_items.iter().any(|i| i.id == Some(old.id)) {
            sqlx::query("DELETE FROM theme_required_items WHERE id = ?")
                .bind(old.id)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

pub async fn set_archived(conn: &mut SqliteConnection, id: i64, archived: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE themes SET archived = ?, version = version + 1 WHERE id = ?")
        .bind(archived)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes a never-used theme with its items.
pub async fn delete_theme(conn: &mut SqliteConnection, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM theme_required_items WHERE theme_id = ?").bind(id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM themes WHERE id = ?").bind(id).execute(conn).await?;
    Ok(())
}

/// What saving `after` (a new version) or archiving would do to `before`.
pub async fn impact(
    conn: &mut SqliteConnection,
    before: &AdminTheme,
    after: Option<&ThemeInput>,
    archive: bool,
) -> Result<ThemeImpact, sqlx::Error> {
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM one_on_ones WHERE theme_id = ? AND status IN ('requested', 'accepted')",
    )
    .bind(before.id)
    .fetch_one(&mut *conn)
    .await?;
    let mut out = ThemeImpact {
        approved_mentors: before.registrations.approved,
        open_one_on_ones: count(open),
        pending_registrations: before.registrations.pending,
        ..ThemeImpact::default()
    };
    if let Some(after) = after {
        let plan = plan_answers(conn, before, after).await?;
        out.asked_to_answer = plan.asked;
        out.answers_dropped = count(plan.dropped.len() as i64);
        out.approved_mentors = plan.approved;
    }
    if archive && !before.archived {
        out.hidden_from_mentors = before.registrations.approved;
        let only: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM approved_mentor_themes a WHERE a.theme_id = ?1 \
             AND NOT EXISTS (SELECT 1 FROM approved_mentor_themes b WHERE b.mentor_id = a.mentor_id AND b.theme_id <> ?1)",
        )
        .bind(before.id)
        .fetch_one(&mut *conn)
        .await?;
        out.no_longer_mentors = count(only);
    }
    Ok(out)
}

// ---- order and categories ----

/// Ids of the categories, or of one category's themes, in display order.
pub async fn category_ids(conn: &mut SqliteConnection) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM theme_categories ORDER BY sort, id").fetch_all(conn).await
}

pub async fn theme_ids_in(conn: &mut SqliteConnection, category_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM themes WHERE category_id = ? ORDER BY sort, id")
        .bind(category_id)
        .fetch_all(conn)
        .await
}

pub async fn order_categories(conn: &mut SqliteConnection, ids: &[i64]) -> Result<(), sqlx::Error> {
    set_order(conn, "UPDATE theme_categories SET sort = ? WHERE id = ?", ids).await
}

pub async fn order_themes(conn: &mut SqliteConnection, ids: &[i64]) -> Result<(), sqlx::Error> {
    set_order(conn, "UPDATE themes SET sort = ? WHERE id = ?", ids).await
}

/// Gives each id its position in `ids` as its `sort` (`update` binds sort, then id).
async fn set_order(
    conn: &mut SqliteConnection,
    update: &'static str,
    ids: &[i64],
) -> Result<(), sqlx::Error> {
    for (sort, id) in (0i64..).zip(ids) {
        sqlx::query(update).bind(sort).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn category(conn: &mut SqliteConnection, id: i64) -> Result<Option<(Localized, i64)>, sqlx::Error> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT name_ja, name_en, sort FROM theme_categories WHERE id = ?")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(ja, en, sort)| (Localized::new(ja, en), sort)))
}

/// A new category at the end; its id and sort.
pub async fn insert_category(
    conn: &mut SqliteConnection,
    name: &Localized,
) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "INSERT INTO theme_categories (name_ja, name_en, sort) \
         VALUES (?, ?, (SELECT COALESCE(MAX(sort), -1) + 1 FROM theme_categories)) RETURNING id, sort",
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
    sqlx::query("UPDATE theme_categories SET name_ja = ?, name_en = ? WHERE id = ?")
        .bind(&name.ja)
        .bind(&name.en)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

// ---- audit ----

pub struct AuditRecord<'a> {
    pub at: DateTime<Utc>,
    pub actor_id: i64,
    pub action: &'a str,
    pub theme_id: Option<i64>,
    pub category_id: Option<i64>,
    pub person_id: Option<i64>,
    pub before: Option<&'a AuditState>,
    pub after: Option<&'a AuditState>,
}

pub async fn record(conn: &mut SqliteConnection, r: &AuditRecord<'_>) -> Result<(), sqlx::Error> {
    let json = |s: Option<&AuditState>| s.and_then(|s| serde_json::to_string(s).ok());
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, theme_id, category_id, person_id, before_json, after_json) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(r.at.timestamp())
    .bind(r.actor_id)
    .bind(r.action)
    .bind(r.theme_id)
    .bind(r.category_id)
    .bind(r.person_id)
    .bind(json(r.before))
    .bind(json(r.after))
    .execute(conn)
    .await?;
    Ok(())
}

/// A theme's latest recorded changes, newest first.
pub async fn theme_log(
    conn: &mut SqliteConnection,
    theme_id: i64,
    limit: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, i64, Option<i64>, Option<String>, String, Option<String>, Option<String>)> =
        sqlx::query_as(
            "SELECT l.id, l.at, l.actor_id, p.name, l.action, l.before_json, l.after_json FROM audit_log l \
             LEFT JOIN people p ON p.id = l.actor_id WHERE l.theme_id = ? ORDER BY l.id DESC LIMIT ?",
        )
        .bind(theme_id)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(rows
        .into_iter()
        .map(|(id, at, actor_id, name, action, before, after)| AuditEntry {
            id,
            at: instant(at),
            actor: actor_id.zip(name).map(|(id, name)| PersonRef { id, name }),
            action,
            theme_id: Some(theme_id),
            before: parse(before),
            after: parse(after),
        })
        .collect())
}

// ---- registrations ----

pub(crate) fn status_of(status: &str, stopped_at: Option<i64>) -> RegistrationStatus {
    match (status, stopped_at) {
        ("pending", _) => RegistrationStatus::Pending,
        ("declined", _) => RegistrationStatus::Declined,
        (_, Some(_)) => RegistrationStatus::Stopped,
        _ => RegistrationStatus::Approved,
    }
}

const NEEDS_ANSWER: &str = "(mt.status = 'approved' AND mt.stopped_at IS NULL \
     AND EXISTS (SELECT 1 FROM theme_required_items i WHERE i.theme_id = mt.theme_id AND i.required = 1 \
       AND NOT EXISTS (SELECT 1 FROM mentor_theme_answers a \
         WHERE a.mentor_id = mt.mentor_id AND a.theme_id = mt.theme_id AND a.item_id = i.id)))";

/// Registrations of one theme, or of one person, ordered by theme then reading.
pub async fn registrations(
    conn: &mut SqliteConnection,
    theme_id: Option<i64>,
    person_id: Option<i64>,
) -> Result<Vec<Registration>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        person: PersonRow,
        theme_id: i64,
        theme_ja: String,
        theme_en: String,
        theme_archived: bool,
        status: String,
        needs_answer: bool,
        registered_by: Option<i64>,
        registered_by_name: Option<String>,
        registered_at: i64,
        decided_at: Option<i64>,
        stopped_at: Option<i64>,
        message: String,
        decline_reason: String,
    }
    let sql = format!(
        "SELECT {PERSON_COLUMNS}, t.id AS theme_id, t.name_ja AS theme_ja, t.name_en AS theme_en, \
         t.archived AS theme_archived, mt.status, {NEEDS_ANSWER} AS needs_answer, \
         mt.registered_by, rb.name AS registered_by_name, mt.registered_at, mt.decided_at, mt.stopped_at, \
         mt.message, mt.decline_reason \
         FROM mentor_themes mt JOIN people p ON p.id = mt.mentor_id JOIN departments d ON d.id = p.department_id \
         JOIN themes t ON t.id = mt.theme_id JOIN theme_categories c ON c.id = t.category_id \
         LEFT JOIN people rb ON rb.id = mt.registered_by \
         WHERE (?1 IS NULL OR mt.theme_id = ?1) AND (?2 IS NULL OR mt.mentor_id = ?2) \
         ORDER BY c.sort, t.sort, t.id, p.name_reading, p.id"
    );
    let rows: Vec<Row> = sqlx::query_as(&sql).bind(theme_id).bind(person_id).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|r| Registration {
            theme_id: r.theme_id,
            theme_name: Localized::new(r.theme_ja, r.theme_en),
            theme_archived: r.theme_archived,
            status: status_of(&r.status, r.stopped_at),
            needs_answer: r.needs_answer,
            registered_by: r.registered_by.zip(r.registered_by_name).map(|(id, name)| PersonRef { id, name }),
            registered_at: instant(r.registered_at),
            decided_at: r.decided_at.map(instant),
            stopped_at: r.stopped_at.map(instant),
            message: r.message,
            decline_reason: r.decline_reason,
            person: r.person.into(),
        })
        .collect())
}

/// One registration's raw state: status, message, decline reason.
pub async fn registration_state(
    conn: &mut SqliteConnection,
    person_id: i64,
    theme_id: i64,
) -> Result<Option<AuditState>, sqlx::Error> {
    let row: Option<(String, Option<i64>, String, String)> = sqlx::query_as(
        "SELECT status, stopped_at, message, decline_reason FROM mentor_themes WHERE mentor_id = ? AND theme_id = ?",
    )
    .bind(person_id)
    .bind(theme_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(status, stopped, message, decline_reason)| AuditState::Registration {
        person_id,
        status: status_of(&status, stopped),
        message,
        decline_reason,
    }))
}

pub async fn person_exists(conn: &mut SqliteConnection, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)").bind(id).fetch_one(conn).await
}

/// Registers (or asks again) one person; pending and approved ones are left alone.
pub async fn register(
    conn: &mut SqliteConnection,
    theme_id: i64,
    person_id: i64,
    by: i64,
    at: DateTime<Utc>,
    message: &str,
) -> Result<RegistrationOutcome, sqlx::Error> {
    let current = registration_state(conn, person_id, theme_id).await?;
    let status = match current {
        Some(AuditState::Registration { status, .. }) => Some(status),
        _ => None,
    };
    match status {
        Some(RegistrationStatus::Pending | RegistrationStatus::Approved) => {
            Ok(RegistrationOutcome::AlreadyRegistered)
        }
        Some(_) => {
            sqlx::query(
                "UPDATE mentor_themes SET status = 'pending', registered_by = ?, registered_at = ?, decided_at = NULL, \
                 stopped_at = NULL, message = ?, decline_reason = '' WHERE mentor_id = ? AND theme_id = ?",
            )
            .bind(by)
            .bind(at.timestamp())
            .bind(message)
            .bind(person_id)
            .bind(theme_id)
            .execute(conn)
            .await?;
            Ok(RegistrationOutcome::Reregistered)
        }
        None => {
            sqlx::query(
                "INSERT INTO mentor_themes (mentor_id, theme_id, status, registered_by, registered_at, message) \
                 VALUES (?, ?, 'pending', ?, ?, ?)",
            )
            .bind(person_id)
            .bind(theme_id)
            .bind(by)
            .bind(at.timestamp())
            .bind(message)
            .execute(conn)
            .await?;
            Ok(RegistrationOutcome::Registered)
        }
    }
}

/// Removes a registration and its answers; whether there was one.
pub async fn withdraw(
    conn: &mut SqliteConnection,
    theme_id: i64,
    person_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM mentor_themes WHERE mentor_id = ? AND theme_id = ?")
        .bind(person_id)
        .bind(theme_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

// ---- the mentor's side ----

/// A person's answers per theme: the Japanese side (or value) and the
/// English side, each by item id, empty sides left out.
#[allow(clippy::type_complexity)]
async fn answers_of(
    conn: &mut SqliteConnection,
    person_id: i64,
) -> Result<HashMap<i64, (BTreeMap<i64, String>, BTreeMap<i64, String>)>, sqlx::Error> {
    let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT theme_id, item_id, answer, answer_en FROM mentor_theme_answers WHERE mentor_id = ?",
    )
    .bind(person_id)
    .fetch_all(conn)
    .await?;
    let mut out: HashMap<i64, (BTreeMap<i64, String>, BTreeMap<i64, String>)> = HashMap::new();
    for (theme, item, ja, en) in rows {
        let (jas, ens) = out.entry(theme).or_default();
        if !ja.is_empty() {
            jas.insert(item, ja);
        }
        if !en.is_empty() {
            ens.insert(item, en);
        }
    }
    Ok(out)
}

/// Every registration of `person_id`: pending, approved, stopped, declined.
pub async fn my_registrations(
    conn: &mut SqliteConnection,
    person_id: i64,
) -> Result<Vec<MyRegistration>, sqlx::Error> {
    let regs = registrations(conn, None, Some(person_id)).await?;
    let mut items = items_of(conn, None).await?;
    let mut answers = answers_of(conn, person_id).await?;
    #[allow(clippy::type_complexity)]
    let themes: HashMap<i64, (i64, String, String)> = sqlx::query_as::<_, (i64, i64, String, String)>(
        "SELECT t.id, t.category_id, t.description_ja, t.description_en FROM themes t \
             JOIN mentor_themes mt ON mt.theme_id = t.id WHERE mt.mentor_id = ?",
    )
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(id, c, ja, en)| (id, (c, ja, en)))
    .collect();
    let mut out: Vec<MyRegistration> = regs
        .into_iter()
        .map(|r| {
            let (category_id, ja, en) = themes.get(&r.theme_id).cloned().unwrap_or_default();
            let required_items = items.remove(&r.theme_id).unwrap_or_default();
            let (answers, answers_en) = answers.remove(&r.theme_id).unwrap_or_default();
            MyRegistration {
                theme_id: r.theme_id,
                category_id,
                name: r.theme_name,
                description: Localized::new(ja, en),
                archived: r.theme_archived,
                needs_answer: r.status == RegistrationStatus::Approved
                    && needs_answer(&required_items, &answers, &answers_en),
                required_items,
                status: r.status,
                registered_by: r.registered_by,
                registered_at: r.registered_at,
                decided_at: r.decided_at,
                stopped_at: r.stopped_at,
                message: r.message,
                decline_reason: r.decline_reason,
                answers,
                answers_en,
            }
        })
        .collect();
    let rank = |s: RegistrationStatus| match s {
        RegistrationStatus::Pending => 0,
        RegistrationStatus::Approved => 1,
        RegistrationStatus::Stopped => 2,
        RegistrationStatus::Declined => 3,
    };
    out.sort_by_key(|r| rank(r.status));
    Ok(out)
}

/// A theme's items, for checking answers.
pub async fn theme_items(
    conn: &mut SqliteConnection,
    theme_id: i64,
) -> Result<Vec<AdminRequiredItem>, sqlx::Error> {
    Ok(items_of(conn, Some(theme_id)).await?.remove(&theme_id).unwrap_or_default())
}

/// Replaces the person's answers for a theme.
pub async fn set_answers(
    conn: &mut SqliteConnection,
    person_id: i64,
    theme_id: i64,
    answers: &BTreeMap<i64, UserText>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM mentor_theme_answers WHERE mentor_id = ? AND theme_id = ?")
        .bind(person_id)
        .bind(theme_id)
        .execute(&mut *conn)
        .await?;
    for (item, answer) in answers {
        super::mentors::insert_answer(conn, person_id, theme_id, *item, answer).await?;
    }
    Ok(())
}

/// Moves a registration to `status` ('approved' or 'declined'), or stops it.
pub async fn decide(
    conn: &mut SqliteConnection,
    person_id: i64,
    theme_id: i64,
    to: RegistrationStatus,
    at: DateTime<Utc>,
    reason: &str,
) -> Result<(), sqlx::Error> {
    let sql = match to {
        RegistrationStatus::Stopped => {
            "UPDATE mentor_themes SET stopped_at = ?1 WHERE mentor_id = ?3 AND theme_id = ?4"
        }
        RegistrationStatus::Declined => {
            "UPDATE mentor_themes SET status = 'declined', decided_at = ?1, decline_reason = ?2 \
             WHERE mentor_id = ?3 AND theme_id = ?4"
        }
        _ => {
            "UPDATE mentor_themes SET status = 'approved', decided_at = ?1, stopped_at = NULL \
              WHERE mentor_id = ?3 AND theme_id = ?4"
        }
    };
    sqlx::query(sql).bind(at.timestamp()).bind(reason).bind(person_id).bind(theme_id).execute(conn).await?;
    Ok(())
}
