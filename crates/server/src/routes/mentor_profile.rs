//! `/api/me/mentor-profile`: what I can talk about as a mentor, in
//! Japanese, English or both. Anyone signed in may write it, so a person an
//! admin registered can write it before approving their first theme; it
//! shows on a card only while they are a mentor.

use axum::extract::State;
use axum::Json;
use naname_contract::mentors::MentorProfile;
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::{store, AppState};

/// My "what I can talk about" text; both sides empty when I never wrote it.
#[utoipa::path(
    get,
    path = "/api/me/mentor-profile",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "My profile text", body = MentorProfile),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Json<MentorProfile>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    let talk_about = store::mentors::talk_about(&mut conn, session.person_id).await?;
    Ok(Json(MentorProfile { talk_about }))
}

/// Replaces my "what I can talk about" text (trimmed; an empty side is not
/// written). The next People answer shows it and finds it in either language.
#[utoipa::path(
    put,
    path = "/api/me/mentor-profile",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    request_body = MentorProfile,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 200, description = "The profile as stored (trimmed)", body = MentorProfile),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `talk_about.ja` or `talk_about.en` over 1000 characters (`too_long`), `talk_about` missing, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<MentorProfile>,
) -> Result<Json<MentorProfile>, ApiError> {
    let profile = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    store::mentors::set_talk_about(&mut tx, session.person_id, &profile.talk_about).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(profile))
}
