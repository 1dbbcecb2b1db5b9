//! 1on1 requests: busy time, inserts, status changes and reads.
//!
//! Rows keep the status people gave them; the contract's `effective_status`
//! turns it into what readers see. Only `requested` and `accepted` rows hold
//! time (and the partial unique indexes), so busy time reads those.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use naname_contract::one_on_ones::{OneOnOne, Participant, Side, Status, ThemeRef};
use naname_contract::place::{Place, PlaceKind};
use naname_contract::slots::Interval;
use naname_contract::topics::Topic;
use naname_contract::Localized;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use super::topics::{ResponseRow, TopicRow};

/// Statuses that hold a slot, as SQL.
const ACTIVE: &str = "('requested', 'accepted')";

/// Longer than any 1on1 (slots are at most a few hours): how far before
/// a window a 1on1 may start and still reach into it.
const MAX_LENGTH_SECONDS: i64 = 24 * 60 * 60;

pub fn instant(t: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(t, 0).unwrap_or_default()
}

/// Time `person_id` is taken in `[from, to)`, as mentor or as mentee, by
/// requested or accepted 1on1s.
pub async fn busy(
    conn: &mut SqliteConnection,
    person_id: i64,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Interval>, sqlx::Error> {
    // Two index range scans (one per role); `start_at > from - MAX` bounds them.
    let sql = format!(
        "SELECT start_at, end_at FROM one_on_ones WHERE mentor_id = ?1 AND status IN {ACTIVE} \
           AND start_at > ?2 AND start_at < ?3 AND end_at > ?4 \
         UNION ALL \
         SELECT start_at, end_at FROM one_on_ones WHERE mentee_id = ?1 AND status IN {ACTIVE} \
           AND start_at > ?2 AND start_at < ?3 AND end_at > ?4"
    );
    let rows: Vec<(i64, i64)> = sqlx::query_as(&sql)
        .bind(person_id)
        .bind(from.timestamp() - MAX_LENGTH_SECONDS)
        .bind(to.timestamp())
        .bind(from.timestamp())
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|(s, e)| Interval::new(instant(s), instant(e))).collect())
}

/// Whether `person_id` has another accepted 1on1 (as mentor or mentee) overlapping `slot`.
pub async fn accepted_overlap(
    conn: &mut SqliteConnection,
    person_id: i64,
    slot: Interval,
    except_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM one_on_ones WHERE id <> ?1 AND status = 'accepted' \
           AND (mentor_id = ?2 OR mentee_id = ?2) AND start_at > ?3 AND start_at < ?4 AND end_at > ?5)",
    )
    .bind(except_id)
    .bind(person_id)
    .bind(slot.start.timestamp() - MAX_LENGTH_SECONDS)
    .bind(slot.end.timestamp())
    .bind(slot.start.timestamp())
    .fetch_one(conn)
    .await
}

pub struct NewOneOnOneRow<'a> {
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub slot: Interval,
    pub status: Status,
    pub theme_id: i64,
    pub topic_ids: &'a [i64],
    pub response_id: i64,
    pub note: &'a str,
    pub created_at: DateTime<Utc>,
}

/// Inserts a 1on1 with its topics. A second active 1on1 in the same
/// mentor or mentee slot fails with the partial unique index's violation.
pub async fn insert(conn: &mut SqliteConnection, row: &NewOneOnOneRow<'_>) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO one_on_ones (mentor_id, mentee_id, start_at, end_at, status, theme_id, response_id, \
         note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(row.mentor_id)
    .bind(row.mentee_id)
    .bind(row.slot.start.timestamp())
    .bind(row.slot.end.timestamp())
    .bind(row.status.as_str())
    .bind(row.theme_id)
    .bind(row.response_id)
    .bind(row.note)
    .bind(row.created_at.timestamp())
    .bind(row.created_at.timestamp())
    .fetch_one(&mut *conn)
    .await?;
    for (sort, topic_id) in (0i64..).zip(row.topic_ids) {
        sqlx::query("INSERT INTO one_on_one_topics (one_on_one_id, topic_id, sort) VALUES (?, ?, ?)")
            .bind(id)
            .bind(topic_id)
            .bind(sort)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Which unique index an insert violated, if that is why it failed.
pub fn slot_violation(e: &sqlx::Error) -> Option<Side> {
    let sqlx::Error::Database(db) = e else {
        return None;
    };
    if db.kind() != sqlx::error::ErrorKind::UniqueViolation {
        return None;
    }
    // SQLite names the columns: "UNIQUE constraint failed: one_on_ones.mentee_id, one_on_ones.start_at".
    let message = db.message();
    if message.contains("one_on_ones.mentee_id") {
        Some(Side::Mentee)
    } else if message.contains("one_on_ones.mentor_id") {
        Some(Side::Mentor)
    } else {
        None
    }
}

/// What a lifecycle step stores: the new status; for declines and
/// cancellations, who and why; for an acceptance, where and the mentor's words.
pub struct StatusChange<'a> {
    pub status: Status,
    pub message: Option<&'a str>,
    pub cancelled_by: Option<Side>,
    pub place: Option<&'a Place>,
    pub acceptance_message: Option<&'a str>,
    pub at: DateTime<Utc>,
}

/// Applies `change` if the row still has the status it was decided from.
/// Returns whether it did.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: i64,
    from: Status,
    change: &StatusChange<'_>,
) -> Result<bool, sqlx::Error> {
    // What a step does not give is kept: a cancellation keeps the place.
    let done = sqlx::query(
        "UPDATE one_on_ones SET status = ?, message = COALESCE(?, message), cancelled_by = ?, \
         place_kind = COALESCE(?, place_kind), place_value = COALESCE(?, place_value), \
         acceptance_message = COALESCE(?, acceptance_message), updated_at = ? \
         WHERE id = ? AND status = ?",
    )
    .bind(change.status.as_str())
    .bind(change.message)
    .bind(change.cancelled_by.map(side_str))
    .bind(change.place.map(|p| p.kind.as_str()))
    .bind(change.place.map(|p| p.value.as_str()))
    .bind(change.acceptance_message)
    .bind(change.at.timestamp())
    .bind(id)
    .bind(from.as_str())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub fn side_str(side: Side) -> &'static str {
    match side {
        Side::Mentee => "mentee",
        Side::Mentor => "mentor",
    }
}

/// A stored 1on1: the contract shape with the *stored* status, plus what
/// only the server needs.
#[derive(Debug, Clone)]
pub struct Record {
    pub one_on_one: OneOnOne,
    pub mentor_email: String,
    pub mentee_email: String,
}

impl Record {
    pub fn stored_status(&self) -> Status {
        self.one_on_one.status
    }

    pub fn slot(&self) -> Interval {
        Interval::new(self.one_on_one.start, self.one_on_one.end)
    }

    /// Which side `person_id` is on, if any.
    pub fn side_of(&self, person_id: i64) -> Option<Side> {
        if self.one_on_one.mentor.id == person_id {
            Some(Side::Mentor)
        } else if self.one_on_one.mentee.id == person_id {
            Some(Side::Mentee)
        } else {
            None
        }
    }

    /// The contract shape as readers see it at `now`.
    pub fn at(mut self, now: DateTime<Utc>) -> OneOnOne {
        let o = &mut self.one_on_one;
        o.status = naname_contract::one_on_ones::effective_status(o.status, o.start, o.end, now);
        self.one_on_one
    }
}

const SELECT: &str =
    "SELECT o.id AS one_id, o.start_at, o.end_at, o.status, o.note, o.message, o.cancelled_by, \
     o.created_at, o.place_kind, o.place_value, o.acceptance_message, \
     m.id AS mentor_id, m.name AS mentor_name, m.name_reading AS mentor_reading, \
     m.name_latin AS mentor_latin, m.email AS mentor_email, m.time_zone AS mentor_zone, \
     md.name_ja AS mentor_department_ja, md.name_en AS mentor_department_en, \
     e.id AS mentee_id, e.name AS mentee_name, e.name_reading AS mentee_reading, \
     e.name_latin AS mentee_latin, e.email AS mentee_email, e.time_zone AS mentee_zone, \
     ed.name_ja AS mentee_department_ja, ed.name_en AS mentee_department_en, \
     t.id AS theme_id, t.name_ja AS theme_ja, t.name_en AS theme_en, \
     r.id, r.name_ja, r.name_en, r.description_ja, r.description_en \
     FROM one_on_ones o \
     JOIN people m ON m.id = o.mentor_id JOIN departments md ON md.id = m.department_id \
     JOIN people e ON e.id = o.mentee_id JOIN departments ed ON ed.id = e.department_id \
     JOIN themes t ON t.id = o.theme_id \
     JOIN response_kinds r ON r.id = o.response_id";

#[derive(sqlx::FromRow)]
struct Row {
    one_id: i64,
    start_at: i64,
    end_at: i64,
    status: String,
    note: String,
    message: Option<String>,
    cancelled_by: Option<String>,
    created_at: i64,
    place_kind: Option<String>,
    place_value: Option<String>,
    acceptance_message: Option<String>,
    mentor_id: i64,
    mentor_name: String,
    mentor_reading: String,
    mentor_latin: String,
    mentor_email: String,
    mentor_zone: String,
    mentor_department_ja: String,
    mentor_department_en: String,
    mentee_id: i64,
    mentee_name: String,
    mentee_reading: String,
    mentee_latin: String,
    mentee_email: String,
    mentee_zone: String,
    mentee_department_ja: String,
    mentee_department_en: String,
    theme_id: i64,
    theme_ja: String,
    theme_en: String,
    #[sqlx(flatten)]
    response: ResponseRow,
}

impl Row {
    fn into_record(self, topics: Vec<Topic>) -> Record {
        Record {
            one_on_one: OneOnOne {
                id: self.one_id,
                mentor: Participant {
                    id: self.mentor_id,
                    name: self.mentor_name,
                    name_reading: self.mentor_reading,
                    name_latin: self.mentor_latin,
                    department: Localized::new(self.mentor_department_ja, self.mentor_department_en),
                    time_zone: self.mentor_zone,
                },
                mentee: Participant {
                    id: self.mentee_id,
                    name: self.mentee_name,
                    name_reading: self.mentee_reading,
                    name_latin: self.mentee_latin,
                    department: Localized::new(self.mentee_department_ja, self.mentee_department_en),
                    time_zone: self.mentee_zone,
                },
                start: instant(self.start_at),
                end: instant(self.end_at),
                // The column's CHECK constraint allows only contract statuses.
                status: Status::parse(&self.status).unwrap_or(Status::Cancelled),
                theme: ThemeRef { id: self.theme_id, name: Localized::new(self.theme_ja, self.theme_en) },
                topics,
                response: self.response.into(),
                note: self.note,
                message: self.message,
                cancelled_by: self.cancelled_by.as_deref().map(|s| {
                    if s == "mentor" {
                        Side::Mentor
                    } else {
                        Side::Mentee
                    }
                }),
                created_at: instant(self.created_at),
                place: place_of(self.place_kind.as_deref(), self.place_value),
                acceptance_message: self.acceptance_message,
            },
            mentor_email: self.mentor_email,
            mentee_email: self.mentee_email,
        }
    }
}

/// A place from its two columns; nothing unless both are there (the
/// column's CHECK allows only contract kinds).
fn place_of(kind: Option<&str>, value: Option<String>) -> Option<Place> {
    Some(Place { kind: PlaceKind::parse(kind?)?, value: value? })
}

/// The chosen topics of several 1on1s, in the order the mentee chose them.
async fn topics_of(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<Topic>>, sqlx::Error> {
    let mut out: HashMap<i64, Vec<Topic>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    #[derive(sqlx::FromRow)]
    struct TopicOf {
        one_on_one_id: i64,
        #[sqlx(flatten)]
        topic: TopicRow,
    }
    let mut qb = QueryBuilder::<Sqlite>::new(
        "SELECT ot.one_on_one_id, t.id, t.category_id, t.time_frame, t.prompt_ja, t.prompt_en, t.recommended \
         FROM one_on_one_topics ot JOIN topics t ON t.id = ot.topic_id WHERE ot.one_on_one_id IN (",
    );
    let mut list = qb.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    qb.push(") ORDER BY ot.one_on_one_id, ot.sort");
    let rows: Vec<TopicOf> = qb.build_query_as().fetch_all(conn).await?;
    for r in rows {
        out.entry(r.one_on_one_id).or_default().push(r.topic.into());
    }
    Ok(out)
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<Record>, sqlx::Error> {
    let row: Option<Row> =
        sqlx::query_as(&format!("{SELECT} WHERE o.id = ?")).bind(id).fetch_optional(&mut *conn).await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let mut topics = topics_of(conn, &[id]).await?;
    Ok(Some(row.into_record(topics.remove(&id).unwrap_or_default())))
}

/// Every 1on1 of `person_id` on `side` (both when `None`), sorted by start.
pub async fn list_for(
    conn: &mut SqliteConnection,
    person_id: i64,
    side: Option<Side>,
) -> Result<Vec<Record>, sqlx::Error> {
    let filter = match side {
        Some(Side::Mentor) => "o.mentor_id = ?1",
        Some(Side::Mentee) => "o.mentee_id = ?1",
        None => "(o.mentor_id = ?1 OR o.mentee_id = ?1)",
    };
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE {filter} ORDER BY o.start_at, o.id"))
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.one_id).collect();
    let mut topics = topics_of(conn, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let t = topics.remove(&r.one_id).unwrap_or_default();
            r.into_record(t)
        })
        .collect())
}

/// The place `person_id`'s accept form starts with, if they set one.
pub async fn place_default(
    conn: &mut SqliteConnection,
    person_id: i64,
) -> Result<Option<Place>, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT kind, value FROM place_defaults WHERE person_id = ?")
            .bind(person_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.and_then(|(kind, value)| place_of(Some(&kind), Some(value))))
}

/// Sets (or with `None`, forgets) `person_id`'s default place.
pub async fn set_place_default(
    conn: &mut SqliteConnection,
    person_id: i64,
    place: Option<&Place>,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    match place {
        Some(p) => {
            sqlx::query(
                "INSERT INTO place_defaults (person_id, kind, value, updated_at) VALUES (?, ?, ?, ?) \
                 ON CONFLICT (person_id) DO UPDATE SET kind = excluded.kind, value = excluded.value, \
                 updated_at = excluded.updated_at",
            )
            .bind(person_id)
            .bind(p.kind.as_str())
            .bind(&p.value)
            .bind(at.timestamp())
            .execute(conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM place_defaults WHERE person_id = ?")
                .bind(person_id)
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}
