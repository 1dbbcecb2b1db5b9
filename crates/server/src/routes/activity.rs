//! `GET /api/admin/activity` and its CSV: is the mentor programme alive,
//! per theme, and who needs a nudge.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use naname_contract::activity::{chart_weeks, Activity, ThemeActivity, WeekCount};
use naname_contract::admin_import::{csv_record, UTF8_BOM};
use naname_contract::Problem;
use serde::Deserialize;

use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::routes::one_on_ones::Lang;
use crate::store::activity as db;
use crate::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityQuery {
    /// The IANA zone weeks are cut in, e.g. `Asia/Tokyo` (default `UTC`):
    /// the app sends the admin's own, so a week is the admin's week.
    #[serde(default)]
    tz: Option<String>,
}

/// The zone of `?tz=`, or 422 naming the field.
fn week_zone(tz: Option<&str>) -> Result<Tz, ApiError> {
    match tz {
        None => Ok(Tz::UTC),
        Some(name) => {
            name.parse::<Tz>().map_err(|_| ApiError::field("tz", "invalid", "Not an IANA time zone"))
        }
    }
}

/// The instants the charted weeks start at, each Monday's midnight in
/// `zone` (the first instant of the day when a shift skips midnight),
/// and the end of the last week: 13 bounds for 12 weeks.
fn week_bounds(mondays: &[NaiveDate], zone: Tz) -> Vec<i64> {
    let midnight = |d: NaiveDate| {
        let local = d.and_time(NaiveTime::MIN);
        zone.from_local_datetime(&local)
            .earliest()
            .unwrap_or_else(|| zone.from_utc_datetime(&(local + Duration::hours(1))))
            .timestamp()
    };
    let next = mondays.last().map(|m| *m + Duration::weeks(1));
    mondays.iter().copied().chain(next).map(midnight).collect()
}

/// Per theme (live ones first, then archived ones, flagged): approved and
/// pending mentors, and 1on1s requested in the last 30 and 90 days with how
/// many of those were accepted. Mentors approved for a live theme who have
/// no weekly preferred time, and those never asked for a 1on1. Accepted
/// 1on1s per week over the last 12 weeks, by the week they take place:
/// ISO weeks (Monday to Sunday) in `?tz=` (UTC by default, echoed as
/// `week_zone`), the current week last.
#[utoipa::path(
    get,
    path = "/api/admin/activity",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("tz" = Option<String>, Query, description = "IANA zone the weeks are cut in, e.g. `Asia/Tokyo` (default `UTC`)")),
    responses(
        (status = 200, description = "The numbers as of `as_of`", body = Activity),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`tz` is not an IANA zone, or another query parameter (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn activity(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ActivityQuery>,
) -> Result<Json<Activity>, ApiError> {
    let zone = week_zone(query.tz.as_deref())?;
    let now = state.now();
    let mut conn = state.pool.acquire().await?;
    let mondays = chart_weeks(now.with_timezone(&zone).date_naive());
    let counts = db::per_week(&mut conn, &week_bounds(&mondays, zone)).await?;
    Ok(Json(Activity {
        as_of: now,
        week_zone: zone.name().into(),
        themes: db::themes(&mut conn, now).await?,
        no_preferred_times: db::without_preferred_times(&mut conn).await?,
        never_booked: db::never_booked(&mut conn).await?,
        weeks: mondays
            .into_iter()
            .zip(counts)
            .map(|(week_start, one_on_ones)| WeekCount { week_start, one_on_ones })
            .collect(),
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsvQuery {
    #[serde(default)]
    lang: Option<Lang>,
}

/// The per-theme table of `GET /api/admin/activity` as a CSV file for
/// Excel: UTF-8 with a BOM, CRLF, quoted where needed, and cells a
/// spreadsheet would run as a formula start with `'`.
#[utoipa::path(
    get,
    path = "/api/admin/activity.csv",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("lang" = Option<Lang>, Query, description = "Language of the header row and the names (default `ja`)")),
    responses(
        (status = 200, description = "The table, as an attachment (`naname-activity-YYYY-MM-DD.csv`)", content_type = "text/csv"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`lang` other than `ja` or `en`, or another query parameter (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn activity_csv(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<CsvQuery>,
) -> Result<Response, ApiError> {
    let now = state.now();
    let mut conn = state.pool.acquire().await?;
    let themes = db::themes(&mut conn, now).await?;
    let body = table_csv(&themes, query.lang.unwrap_or_default());
    let disposition = format!("attachment; filename=\"naname-activity-{}.csv\"", now.format("%Y-%m-%d"));
    let disposition =
        HeaderValue::from_str(&disposition).map_err(|e| ApiError::Internal(format!("disposition: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

const HEADER_JA: [&str; 10] = [
    "テーマID",
    "カテゴリ",
    "テーマ",
    "アーカイブ済み",
    "承認済みメンター",
    "承認待ちメンター",
    "申込（30日）",
    "申込（90日）",
    "承諾（30日）",
    "承諾（90日）",
];
const HEADER_EN: [&str; 10] = [
    "Theme ID",
    "Category",
    "Theme",
    "Archived",
    "Approved mentors",
    "Pending mentors",
    "Requests (30 days)",
    "Requests (90 days)",
    "Accepted (30 days)",
    "Accepted (90 days)",
];

/// The file's text, BOM first.
pub fn table_csv(themes: &[ThemeActivity], lang: Lang) -> String {
    let (header, yes) = match lang {
        Lang::Ja => (HEADER_JA, "はい"),
        Lang::En => (HEADER_EN, "yes"),
    };
    let mut out = String::from(UTF8_BOM);
    out.push_str(&csv_record(&header));
    for t in themes {
        let pick = |l: &naname_contract::Localized| match lang {
            Lang::Ja => l.ja.clone(),
            Lang::En => l.en.clone(),
        };
        out.push_str(&csv_record(&[
            t.theme_id.to_string(),
            pick(&t.category),
            pick(&t.name),
            if t.archived { yes.to_string() } else { String::new() },
            t.approved_mentors.to_string(),
            t.pending_mentors.to_string(),
            t.requests_30.to_string(),
            t.requests_90.to_string(),
            t.accepted_30.to_string(),
            t.accepted_90.to_string(),
        ]));
    }
    out
}
