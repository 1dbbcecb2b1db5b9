//! `/api/me/place-default`: the place a mentor's accept form starts with.
//!
//! An endpoint of its own rather than a field of `GET /api/me`: `/api/me`
//! is read on every page load for the session, the default only by a
//! mentor's My 1on1s (and later Settings), and it is written on its own.
//! Accepting a 1on1 with a place sets it too.

use axum::extract::State;
use axum::Json;
use naname_contract::place::PlaceDefault;
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::{store, AppState};

/// The caller's default place; `{"place": null}` when they have none (or are not a mentor).
#[utoipa::path(
    get,
    path = "/api/me/place-default",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The default place, or `null`", body = PlaceDefault),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Json<PlaceDefault>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    let place = store::one_on_ones::place_default(&mut conn, session.person_id).await?;
    Ok(Json(PlaceDefault { place }))
}

/// Sets the caller's default place (`null` forgets it). Only mentors accept
/// 1on1s, so only they have one.
#[utoipa::path(
    put,
    path = "/api/me/place-default",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    request_body = PlaceDefault,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 200, description = "The default as stored (trimmed)", body = PlaceDefault),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a mentor (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: unknown field, `place.kind`, or `place.value` missing, too long or (online) not an `https` URL", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<PlaceDefault>,
) -> Result<Json<PlaceDefault>, ApiError> {
    body.validate().map_err(ApiError::Validation)?;
    let place = body.place.as_ref().map(|p| p.trimmed());
    let now = state.now();
    let mut conn = state.pool.acquire().await?;
    if !store::mentors::is_mentor(&mut conn, session.person_id).await? {
        return Err(ApiError::Forbidden);
    }
    drop(conn);
    let (_turn, mut tx) = state.begin_write().await?;
    store::one_on_ones::set_place_default(&mut tx, session.person_id, place.as_ref(), now).await?;
    tx.commit().await?;
    Ok(Json(PlaceDefault { place }))
}
