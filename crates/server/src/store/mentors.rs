use std::collections::HashMap;

use naname_contract::admin::ItemKind;
use naname_contract::mentor_themes::is_text;
use naname_contract::mentors::{Mentor, MentorFilter, MentorTheme, ThemeAnswer, ThemeFacet};
use naname_contract::people::Person;
use naname_contract::{Localized, Page, UserText};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::people::{PersonRow, PERSON_COLUMNS};
use super::{push_word_filters, search_text, words, SearchField, READING_COLLATION};

const FROM: &str = " FROM people p \
     JOIN departments d ON d.id = p.department_id \
     LEFT JOIN mentor_profiles mp ON mp.person_id = p.id \
     WHERE p.id IN (SELECT a.mentor_id FROM approved_mentor_themes a";

/// Name, reading, Latin name, title, office (person), department, what they
/// talk about (both languages), and the names of the themes they hold.
const SEARCH_FIELDS: [SearchField<'static>; 4] = [
    ("p.search_text", ""),
    ("d.search_text", ""),
    ("mp.search_text", ""),
    (
        "EXISTS (SELECT 1 FROM approved_mentor_themes a2 JOIN themes t2 ON t2.id = a2.theme_id \
         WHERE a2.mentor_id = p.id AND t2.search_text",
        ")",
    ),
];

/// Appends the mentor filter: holders of every theme in `themes` (all mentors
/// when empty), then the search words.
fn push_filter(qb: &mut QueryBuilder<'_, Sqlite>, filter: &MentorFilter, words: &[&str]) {
    qb.push(FROM);
    if !filter.themes.is_empty() {
        // Themes arrive de-duplicated, so a mentor holding all of them has
        // exactly that many approved rows among them.
        qb.push(" WHERE a.theme_id IN (");
        let mut list = qb.separated(", ");
        for id in &filter.themes {
            list.push_bind(*id);
        }
        qb.push(") GROUP BY a.mentor_id HAVING COUNT(*) = ").push_bind(filter.themes.len() as i64);
    }
    qb.push(")");
    push_word_filters(qb, words, &SEARCH_FIELDS);
}

/// Mentors holding every requested theme approved and matching every word,
/// sorted by reading; each card lists only approved themes, with answers.
pub async fn search(pool: &SqlitePool, filter: &MentorFilter) -> Result<Page<Mentor>, sqlx::Error> {
    let words = words(&filter.q);

    let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*)");
    push_filter(&mut count, filter, &words);
    let total: i64 = count.build_query_scalar().fetch_one(pool).await?;

    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        person: PersonRow,
        talk_about: Option<String>,
        talk_about_en: Option<String>,
    }
    let mut page =
        QueryBuilder::<Sqlite>::new(format!("SELECT {PERSON_COLUMNS}, mp.talk_about, mp.talk_about_en"));
    push_filter(&mut page, filter, &words);
    page.push(format!(" ORDER BY p.name_reading COLLATE {READING_COLLATION}, p.id LIMIT "))
        .push_bind(i64::from(filter.limit))
        .push(" OFFSET ")
        .push_bind(i64::from(filter.offset));
    let rows: Vec<Row> = if u64::from(filter.offset) < total as u64 {
        page.build_query_as().fetch_all(pool).await?
    } else {
        Vec::new()
    };

    let ids: Vec<i64> = rows.iter().map(|r| r.person.id()).collect();
    let mut themes = themes_of(pool, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let person: Person = r.person.into();
            Mentor {
                themes: themes.remove(&person.id).unwrap_or_default(),
                talk_about: UserText::new(
                    r.talk_about.unwrap_or_default(),
                    r.talk_about_en.unwrap_or_default(),
                ),
                person,
            }
        })
        .collect();

    Ok(Page {
        items,
        total: u32::try_from(total).unwrap_or(u32::MAX),
        offset: filter.offset,
        limit: filter.limit,
    })
}

/// Per theme, how many of the mentors matching `filter` hold it: the count
/// each theme chip would give if it were added (the rule of
/// `MentorPage::facets`), for every theme in one query. Paging is ignored.
pub async fn facets(pool: &SqlitePool, filter: &MentorFilter) -> Result<Vec<ThemeFacet>, sqlx::Error> {
    let words = words(&filter.q);
    let mut qb = QueryBuilder::<Sqlite>::new(
        "SELECT f.theme_id, COUNT(*) FROM approved_mentor_themes f WHERE f.mentor_id IN (SELECT p.id",
    );
    push_filter(&mut qb, filter, &words);
    qb.push(") GROUP BY f.theme_id ORDER BY f.theme_id");
    let rows: Vec<(i64, i64)> = qb.build_query_as().fetch_all(pool).await?;
    Ok(rows
        .into_iter()
        .map(|(theme_id, count)| ThemeFacet { theme_id, count: u32::try_from(count).unwrap_or(u32::MAX) })
        .collect())
}

/// One mentor card, or `None` when `id` is not a mentor.
pub async fn get(pool: &SqlitePool, id: i64) -> Result<Option<Mentor>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        person: PersonRow,
        talk_about: Option<String>,
        talk_about_en: Option<String>,
    }
    let sql = format!(
        "SELECT {PERSON_COLUMNS}, mp.talk_about, mp.talk_about_en FROM people p \
         JOIN departments d ON d.id = p.department_id \
         LEFT JOIN mentor_profiles mp ON mp.person_id = p.id \
         WHERE p.id = ? AND EXISTS (SELECT 1 FROM approved_mentor_themes a WHERE a.mentor_id = p.id)"
    );
    let Some(row): Option<Row> = sqlx::query_as(&sql).bind(id).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let mut themes = themes_of(pool, &[id]).await?;
    Ok(Some(Mentor {
        themes: themes.remove(&id).unwrap_or_default(),
        talk_about: UserText::new(row.talk_about.unwrap_or_default(), row.talk_about_en.unwrap_or_default()),
        person: row.person.into(),
    }))
}

/// Whether `id` holds at least one approved, live theme.
pub async fn is_mentor(conn: &mut SqliteConnection, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM approved_mentor_themes WHERE mentor_id = ?)")
        .bind(id)
        .fetch_one(conn)
        .await
}

/// Whether `mentor_id` holds `theme_id` approved (and the theme is live).
pub async fn holds_theme(
    conn: &mut SqliteConnection,
    mentor_id: i64,
    theme_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM approved_mentor_themes WHERE mentor_id = ? AND theme_id = ?)",
    )
    .bind(mentor_id)
    .bind(theme_id)
    .fetch_one(conn)
    .await
}

/// Approved, live themes with their answers for a page of mentors, in one
/// query rather than one per card.
async fn themes_of(
    pool: &SqlitePool,
    mentor_ids: &[i64],
) -> Result<HashMap<i64, Vec<MentorTheme>>, sqlx::Error> {
    let mut out: HashMap<i64, Vec<MentorTheme>> = HashMap::new();
    if mentor_ids.is_empty() {
        return Ok(out);
    }
    #[derive(sqlx::FromRow)]
    struct Row {
        mentor_id: i64,
        theme_id: i64,
        category_id: i64,
        name_ja: String,
        name_en: String,
        item_id: Option<i64>,
        label_ja: Option<String>,
        label_en: Option<String>,
        kind: Option<String>,
        answer: Option<String>,
        answer_en: Option<String>,
    }
    let mut qb = QueryBuilder::<Sqlite>::new(
        "SELECT mt.mentor_id, t.id AS theme_id, t.category_id, t.name_ja, t.name_en, \
         i.id AS item_id, i.label_ja, i.label_en, i.kind, ans.answer, ans.answer_en \
         FROM mentor_themes mt \
         JOIN themes t ON t.id = mt.theme_id \
         JOIN theme_categories c ON c.id = t.category_id \
         LEFT JOIN theme_required_items i ON i.theme_id = t.id \
         LEFT JOIN mentor_theme_answers ans \
           ON ans.mentor_id = mt.mentor_id AND ans.theme_id = mt.theme_id AND ans.item_id = i.id \
         WHERE mt.status = 'approved' AND mt.stopped_at IS NULL AND t.archived = 0 AND mt.mentor_id IN (",
    );
    let mut list = qb.separated(", ");
    for id in mentor_ids {
        list.push_bind(*id);
    }
    qb.push(") ORDER BY mt.mentor_id, c.sort, t.sort, t.id, i.sort, i.id");
    let rows: Vec<Row> = qb.build_query_as().fetch_all(pool).await?;

    for r in rows {
        let themes = out.entry(r.mentor_id).or_default();
        if themes.last().is_none_or(|t| t.theme_id != r.theme_id) {
            themes.push(MentorTheme {
                theme_id: r.theme_id,
                category_id: r.category_id,
                name: Localized::new(r.name_ja, r.name_en),
                answers: Vec::new(),
            });
        }
        if let (Some(item_id), Some(answer), Some(theme)) = (r.item_id, r.answer, themes.last_mut()) {
            // A choice or a year reads the same in both languages.
            let text = r.kind.as_deref().and_then(ItemKind::parse).is_none_or(is_text);
            theme.answers.push(ThemeAnswer {
                item_id,
                label: Localized::new(r.label_ja.unwrap_or_default(), r.label_en.unwrap_or_default()),
                answer: if text {
                    UserText::new(answer, r.answer_en.unwrap_or_default())
                } else {
                    UserText::neutral(answer)
                },
            });
        }
    }
    Ok(out)
}

pub struct NewProfile<'a> {
    pub person_id: i64,
    pub talk_about: &'a UserText,
    pub time_zone: &'a str,
    pub slot_minutes: i64,
    pub buffer_minutes: i64,
    pub min_notice_minutes: i64,
    pub horizon_days: i64,
}

pub async fn insert_profile(conn: &mut SqliteConnection, p: &NewProfile<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_profiles (person_id, talk_about, talk_about_en, time_zone, slot_minutes, buffer_minutes, \
         min_notice_minutes, horizon_days, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(p.person_id)
    .bind(&p.talk_about.ja)
    .bind(&p.talk_about.en)
    .bind(p.time_zone)
    .bind(p.slot_minutes)
    .bind(p.buffer_minutes)
    .bind(p.min_notice_minutes)
    .bind(p.horizon_days)
    .bind(search_text(&[&p.talk_about.ja, &p.talk_about.en]))
    .execute(conn)
    .await?;
    Ok(())
}

/// What `person_id` wrote they can talk about; empty when they have no profile yet.
pub async fn talk_about(conn: &mut SqliteConnection, person_id: i64) -> Result<UserText, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT talk_about, talk_about_en FROM mentor_profiles WHERE person_id = ?")
            .bind(person_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(ja, en)| UserText::new(ja, en)).unwrap_or_default())
}

/// Sets what `person_id` can talk about, creating their profile (in their
/// own time zone, with the default booking rules) if they have none: a
/// person registered for a theme may write it before approving.
pub async fn set_talk_about(
    conn: &mut SqliteConnection,
    person_id: i64,
    talk_about: &UserText,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_profiles (person_id, talk_about, talk_about_en, time_zone, search_text) \
         SELECT id, ?2, ?3, time_zone, ?4 FROM people WHERE id = ?1 \
         ON CONFLICT (person_id) DO UPDATE SET talk_about = excluded.talk_about, \
         talk_about_en = excluded.talk_about_en, search_text = excluded.search_text",
    )
    .bind(person_id)
    .bind(&talk_about.ja)
    .bind(&talk_about.en)
    .bind(search_text(&[&talk_about.ja, &talk_about.en]))
    .execute(conn)
    .await?;
    Ok(())
}

/// One weekly window: ISO weekday (1 = Monday) and minutes since local midnight.
pub async fn insert_availability(
    conn: &mut SqliteConnection,
    mentor_id: i64,
    weekday: i64,
    start_minute: i64,
    end_minute: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_availability (mentor_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
    )
    .bind(mentor_id)
    .bind(weekday)
    .bind(start_minute)
    .bind(end_minute)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationStatus {
    Pending,
    Approved,
    Declined,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Approved => "approved",
            RegistrationStatus::Declined => "declined",
        }
    }
}

pub struct NewRegistration {
    pub mentor_id: i64,
    pub theme_id: i64,
    pub status: RegistrationStatus,
    pub registered_by: Option<i64>,
    pub registered_at: i64,
    pub decided_at: Option<i64>,
}

pub async fn insert_registration(
    conn: &mut SqliteConnection,
    r: &NewRegistration,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_themes (mentor_id, theme_id, status, registered_by, registered_at, decided_at) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(r.mentor_id)
    .bind(r.theme_id)
    .bind(r.status.as_str())
    .bind(r.registered_by)
    .bind(r.registered_at)
    .bind(r.decided_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_answer(
    conn: &mut SqliteConnection,
    mentor_id: i64,
    theme_id: i64,
    item_id: i64,
    answer: &UserText,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_theme_answers (mentor_id, theme_id, item_id, answer, answer_en) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(mentor_id)
    .bind(theme_id)
    .bind(item_id)
    .bind(&answer.ja)
    .bind(&answer.en)
    .execute(conn)
    .await?;
    Ok(())
}
