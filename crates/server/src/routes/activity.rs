//! `GET /api/admin/activity` and its CSV: is the mentor programme alive,
//! per theme, and who needs a nudge.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::activity::{chart_weeks, Activity, ThemeActivity, WeekCount};
use naname_contract::admin_import::{csv_record, UTF8_BOM};
use naname_contract::Problem;
use serde::Deserialize;

use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::routes::one_on_ones::Lang;
use crate::store::activity as db;
use crate::AppState;

/// The zone weeks are cut in: the server keeps no organisation zone.
pub const WEEK_ZONE: &str = "UTC";

/// Per theme (live ones first, then archived ones, flagged): approved and
/// pending mentors, and 1on1s requested in the last 30 and 90 days with how
/// many of those were accepted. Mentors approved for a live theme who have
/// no weekly preferred time, and those never asked for a 1on1. Accepted
/// 1on1s per week over the last 12 weeks, by the week they take place:
/// ISO weeks (Monday to Sunday) in UTC (`week_zone`), the current week last.
#[utoipa::path(
    get,
    path = "/api/admin/activity",
    tag = "admin",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The numbers as of `as_of`", body = Activity),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn activity(State(state): State<AppState>) -> Result<Json<Activity>, ApiError> {
    let now = state.now();
    let mut conn = state.pool.acquire().await?;
    let mondays = chart_weeks(now.date_naive());
    let counts = db::per_week(&mut conn, &mondays).await?;
    Ok(Json(Activity {
        as_of: now,
        week_zone: WEEK_ZONE.into(),
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
