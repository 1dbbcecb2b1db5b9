use axum::extract::{Path, State};
use axum::response::Response;
use axum::Json;
use chrono::Duration;
use naname_contract::mentors::{Mentor, MentorQuery};
use naname_contract::one_on_ones::{MentorSlots, SlotsQuery};
use naname_contract::{Page, Problem};
use sqlx::SqlitePool;

use crate::auth::CurrentSession;
use crate::booking::Calendar;
use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::{store, AppState};

/// Mentors holding **every** requested theme approved (intersection), sorted
/// by reading. `q` searches name, reading, Latin name, department, what they
/// talk about and their theme names. Unknown theme ids match nobody.
#[utoipa::path(
    get,
    path = "/api/mentors",
    tag = "mentors",
    security(("session_cookie" = [])),
    params(
        ("theme" = Option<Vec<i64>>, Query, description = "Theme id; repeat for several (`theme=1&theme=2`), at most 20", style = Form, explode),
        ("q" = Option<String>, Query, description = "Search words (at most 100 characters)"),
        ("offset" = Option<u32>, Query, description = "Items to skip", minimum = 0),
        ("limit" = Option<u32>, Query, description = "Page size, 1 to 100 (default 24)", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of mentor cards", body = Page<Mentor>),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    _session: CurrentSession,
    ApiQuery(query): ApiQuery<MentorQuery>,
) -> Result<Response, ApiError> {
    let filter = query.validate().map_err(ApiError::Validation)?;
    // The filter is normalised (themes sorted and de-duplicated, the query
    // folded), so equivalent URLs share one entry.
    let key = format!("mentors|{:?}|{}|{}|{}", filter.themes, filter.offset, filter.limit, filter.q);
    state.cache.json(&state.pool, key, || store::mentors::search(&state.pool, &filter)).await
}

/// A path id: anything but a positive integer names nothing.
pub(crate) fn parse_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or(ApiError::NotFound)
}

/// One mentor's card.
#[utoipa::path(
    get,
    path = "/api/mentors/{id}",
    tag = "mentors",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The mentor's person id")),
    responses(
        (status = 200, description = "The mentor card", body = Mentor),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person, or not a mentor (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    _session: CurrentSession,
    Path(id): Path<String>,
) -> Result<Json<Mentor>, ApiError> {
    let id = parse_id(&id)?;
    let mentor = state
        .cache
        .value(&state.pool, format!("mentor|{id}"), || store::mentors::get(&state.pool, id))
        .await?;
    mentor.as_ref().clone().map(Json).ok_or(ApiError::NotFound)
}

/// The mentor's rules, or `None` when `id` is not a mentor.
async fn calendar(pool: &SqlitePool, id: i64) -> Result<Option<Calendar>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    if !store::mentors::is_mentor(&mut conn, id).await? {
        return Ok(None);
    }
    Ok(store::availability::load(&mut conn, id).await?.map(Calendar::new))
}

/// Bookable slots of a mentor for the signed-in person: the mentor's
/// preferred times (weekly hours and date exceptions in their zone, slot
/// length, buffer, minimum notice, horizon) minus the mentor's requested and
/// accepted 1on1s (with the buffer) minus the caller's own 1on1s. Computed on
/// every request, never cached.
#[utoipa::path(
    get,
    path = "/api/mentors/{id}/slots",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The mentor's person id"),
        ("from" = Option<String>, Query, format = DateTime, description = "RFC 3339 instant; slots starting at or after it (default: now)"),
        ("to" = Option<String>, Query, format = DateTime, description = "RFC 3339 instant after `from`, at most 42 days later; slots starting before it (default: `from` + 7 days)"),
    ),
    responses(
        (status = 200, description = "Bookable slots, sorted", body = MentorSlots),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person, or not a mentor (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad `from`/`to`: unreadable, `to` not after `from`, or more than 42 days (`validation`, field named)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn slots(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<SlotsQuery>,
) -> Result<Json<MentorSlots>, ApiError> {
    let id = parse_id(&id)?;
    let now = state.now();
    let calendar =
        state.cache.value(&state.pool, format!("calendar|{id}"), || calendar(&state.pool, id)).await?;
    let Some(calendar) = calendar.as_ref() else {
        return Err(ApiError::NotFound);
    };
    let (from, to) = query.validate(now).map_err(ApiError::Validation)?;

    // Busy time as far as next_available may look, plus a day each side for
    // 1on1s and buffers reaching into the range.
    let until = to.max(calendar.bookable_until(now)) + Duration::days(1);
    let since = from - Duration::days(1);
    let mut conn = state.pool.acquire().await?;
    let mentor_busy = store::one_on_ones::busy(&mut conn, id, since, until).await?;
    let mentee_busy = if session.person_id == id {
        Vec::new()
    } else {
        store::one_on_ones::busy(&mut conn, session.person_id, since, until).await?
    };
    drop(conn);

    let slots = calendar.slots(&mentor_busy, &mentee_busy, now, from, to);
    let next_available = match slots.first() {
        Some(first) => Some(first.start),
        None => calendar.next_available(&mentor_busy, &mentee_busy, now, to),
    };
    Ok(Json(MentorSlots {
        mentor_id: id,
        time_zone: calendar.rules.time_zone.clone(),
        slot_minutes: calendar.rules.slot_minutes,
        slots,
        next_available,
        bookable_until: calendar.bookable_until(now),
    }))
}
