//! `/api/me/availability`: my preferred 1on1 times (1on1希望時間) as the
//! contract's `Availability` document, versioned with an `ETag`. Anyone
//! signed in may write theirs, like the profile text, so a person an admin
//! registered can set times before approving; they are offered only while
//! the person is a mentor.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono_tz::Tz;
use naname_contract::availability::Availability;
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::{store, AppState};

/// `"<version>"`; `"0"` until the first save.
pub fn availability_etag(version: i64) -> String {
    format!("\"{version}\"")
}

fn with_etag(a: Availability, version: i64) -> Result<Response, ApiError> {
    let tag = HeaderValue::from_str(&availability_etag(version))
        .map_err(|e| ApiError::Internal(format!("etag header: {e}")))?;
    Ok(([(header::ETAG, tag)], Json(a)).into_response())
}

/// Mine as stored, without the date exceptions that are already past in
/// my zone (they no longer change anything).
async fn current(state: &AppState, person_id: i64) -> Result<(Availability, i64), ApiError> {
    let mut conn = state.pool.acquire().await?;
    let mut a = store::availability::load(&mut conn, person_id).await?.ok_or(ApiError::NotFound)?;
    let version = store::availability::version(&mut conn, person_id).await?;
    if let Ok(zone) = a.time_zone.parse::<Tz>() {
        let today = state.now().with_timezone(&zone).date_naive();
        a.exceptions.retain(|e| e.date >= today);
    }
    Ok((a, version))
}

/// My preferred times and the booking rules, with their `ETag`.
#[utoipa::path(
    get,
    path = "/api/me/availability",
    tag = "availability",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "My preferred times; without a profile yet, none, in my own zone, with the default rules (ETag `\"0\"`)", body = Availability, headers(("etag" = String, description = "The version to send in `If-Match`"))),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(State(state): State<AppState>, session: CurrentSession) -> Result<Response, ApiError> {
    let (a, version) = current(&state, session.person_id).await?;
    with_etag(a, version)
}

/// Replaces my preferred times and rules, all or nothing, if nobody saved
/// them since the version in `If-Match`. Mentees' calendars show the new
/// times at once.
#[utoipa::path(
    put,
    path = "/api/me/availability",
    tag = "availability",
    security(("session_cookie" = [])),
    request_body = Availability,
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
        ("if-match" = String, Header, description = "The `ETag` of the version being changed (`*`: any)"),
    ),
    responses(
        (status = 200, description = "As stored, with the new `ETag`", body = Availability, headers(("etag" = String, description = "The new version"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Saved elsewhere since that version (`precondition_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`, each error at its place: `time_zone` (not an IANA zone), `weekly[3].end_minute` (`before_start`, `out_of_day`), `weekly[3]` (`overlap`, on both rows), `exceptions[1].extra[0]…`, `slot_minutes`, `buffer_minutes`, `min_notice_minutes` (`beyond_horizon`), `horizon_days`; unknown fields", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match` (`precondition_required`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put(
    State(state): State<AppState>,
    session: CurrentSession,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Availability>,
) -> Result<Response, ApiError> {
    let mut errors = body.validate().err().unwrap_or_default();
    if !body.time_zone.trim().is_empty() && body.time_zone.parse::<Tz>().is_err() {
        errors.insert(0, naname_contract::FieldError::new("time_zone", "invalid", "Not an IANA time zone"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let (_turn, mut tx) = state.begin_write().await?;
    let before = store::availability::version(&mut tx, session.person_id).await?;
    ApiError::check_if_match(&headers, &availability_etag(before), "preferred times")?;
    store::availability::save(&mut tx, session.person_id, &body).await?;
    tx.commit().await?;
    state.cache.data_changed();
    let (a, version) = current(&state, session.person_id).await?;
    with_etag(a, version)
}
