//! SQL of the admins' activity view: counts per theme, mentors to nudge,
//! accepted 1on1s per week.

use chrono::{DateTime, Duration, Utc};
use naname_contract::activity::{FlaggedMentor, ThemeActivity, LONG_WINDOW_DAYS, SHORT_WINDOW_DAYS};
use naname_contract::Localized;
use sqlx::SqliteConnection;

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// 1on1s that were (or will be) held: accepted ones, and those done since.
const HELD: &str = "o.status IN ('accepted', 'done')";

/// Every theme's numbers, live ones in catalogue order first, then archived ones.
pub async fn themes(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
) -> Result<Vec<ThemeActivity>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        category_ja: String,
        category_en: String,
        name_ja: String,
        name_en: String,
        archived: bool,
        approved: i64,
        pending: i64,
        requests_30: i64,
        requests_90: i64,
        accepted_30: i64,
        accepted_90: i64,
    }
    let short = (now - Duration::days(SHORT_WINDOW_DAYS)).timestamp();
    let long = (now - Duration::days(LONG_WINDOW_DAYS)).timestamp();
    let sql = format!(
        "SELECT t.id, c.name_ja AS category_ja, c.name_en AS category_en, t.name_ja, t.name_en, t.archived, \
         (SELECT COUNT(*) FROM mentor_themes mt WHERE mt.theme_id = t.id AND mt.status = 'approved' \
            AND mt.stopped_at IS NULL) AS approved, \
         (SELECT COUNT(*) FROM mentor_themes mt WHERE mt.theme_id = t.id AND mt.status = 'pending') AS pending, \
         (SELECT COUNT(*) FROM one_on_ones o WHERE o.theme_id = t.id AND o.created_at >= ?1) AS requests_30, \
         (SELECT COUNT(*) FROM one_on_ones o WHERE o.theme_id = t.id AND o.created_at >= ?2) AS requests_90, \
         (SELECT COUNT(*) FROM one_on_ones o WHERE o.theme_id = t.id AND o.created_at >= ?1 AND {HELD}) AS accepted_30, \
         (SELECT COUNT(*) FROM one_on_ones o WHERE o.theme_id = t.id AND o.created_at >= ?2 AND {HELD}) AS accepted_90 \
         FROM themes t JOIN theme_categories c ON c.id = t.category_id \
         ORDER BY t.archived, c.sort, c.id, t.sort, t.id"
    );
    let rows: Vec<Row> = sqlx::query_as(&sql).bind(short).bind(long).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|r| ThemeActivity {
            theme_id: r.id,
            category: Localized::new(r.category_ja, r.category_en),
            name: Localized::new(r.name_ja, r.name_en),
            archived: r.archived,
            approved_mentors: count(r.approved),
            pending_mentors: count(r.pending),
            requests_30: count(r.requests_30),
            requests_90: count(r.requests_90),
            accepted_30: count(r.accepted_30),
            accepted_90: count(r.accepted_90),
        })
        .collect())
}

/// Mentors (approved for a live theme, not stopped) matching `condition`
/// on `p`, by reading.
async fn mentors_where(
    conn: &mut SqliteConnection,
    condition: &str,
) -> Result<Vec<FlaggedMentor>, sqlx::Error> {
    let sql = format!(
        "SELECT p.id, p.name, p.name_latin, COUNT(*) AS themes FROM approved_mentor_themes amt \
         JOIN people p ON p.id = amt.mentor_id WHERE {condition} \
         GROUP BY p.id ORDER BY p.name_reading COLLATE {collation}, p.id",
        collation = super::READING_COLLATION
    );
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(&sql).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, name_latin, themes)| FlaggedMentor { id, name, name_latin, themes: count(themes) })
        .collect())
}

/// Mentors without any weekly preferred time: nobody can book them.
pub async fn without_preferred_times(conn: &mut SqliteConnection) -> Result<Vec<FlaggedMentor>, sqlx::Error> {
    mentors_where(conn, "NOT EXISTS (SELECT 1 FROM mentor_availability a WHERE a.mentor_id = p.id)").await
}

/// Mentors nobody ever asked for a 1on1.
pub async fn never_booked(conn: &mut SqliteConnection) -> Result<Vec<FlaggedMentor>, sqlx::Error> {
    mentors_where(conn, "NOT EXISTS (SELECT 1 FROM one_on_ones o WHERE o.mentor_id = p.id)").await
}

/// Accepted (or held) 1on1s taking place in each week, the weeks given by
/// their bounds (`bounds[i]..bounds[i + 1]`, Unix seconds), in order.
pub async fn per_week(conn: &mut SqliteConnection, bounds: &[i64]) -> Result<Vec<u32>, sqlx::Error> {
    let (Some(&first), Some(&end)) = (bounds.first(), bounds.last()) else {
        return Ok(Vec::new());
    };
    let sql =
        format!("SELECT o.start_at FROM one_on_ones o WHERE {HELD} AND o.start_at >= ? AND o.start_at < ?");
    let starts: Vec<i64> = sqlx::query_scalar(&sql).bind(first).bind(end).fetch_all(conn).await?;
    Ok(bounds
        .windows(2)
        .map(|w| count(starts.iter().filter(|&&s| s >= w[0] && s < w[1]).count() as i64))
        .collect())
}
