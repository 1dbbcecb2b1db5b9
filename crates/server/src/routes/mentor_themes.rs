//! `/api/me/mentor-themes`: the themes an admin registered me for. I
//! approve (answering the required items), decline (with a reason admins
//! see), edit my answers, or stop mentoring a theme. A person is a mentor
//! (on cards, in the mentor filter) while they hold at least one approved,
//! not stopped registration on a live theme.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use naname_contract::admin::{AuditState, RegistrationStatus};
use naname_contract::mentor_themes::{Answers, Decline, MyRegistration, MyRegistrations};
use naname_contract::Problem;
use sqlx::SqliteConnection;

use crate::auth::CurrentSession;
use crate::extract::{ApiJson, OptionalJson};
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin::{self as db, AuditRecord};
use crate::AppState;

/// My registrations: pending ones (who registered me, when, their message,
/// the theme's description and required items), then approved ones with my
/// answers (`needs_answer` when an item was added since), stopped and declined.
#[utoipa::path(
    get,
    path = "/api/me/mentor-themes",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "My registrations", body = MyRegistrations),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Json<MyRegistrations>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    Ok(Json(MyRegistrations { items: db::my_registrations(&mut conn, session.person_id).await? }))
}

async fn mine(conn: &mut SqliteConnection, person: i64, theme: i64) -> Result<MyRegistration, ApiError> {
    db::my_registrations(conn, person)
        .await?
        .into_iter()
        .find(|r| r.theme_id == theme)
        .ok_or(ApiError::NotFound)
}

async fn record(
    conn: &mut SqliteConnection,
    state: &AppState,
    session: &CurrentSession,
    action: &str,
    theme: i64,
    before: &Option<AuditState>,
) -> Result<(), sqlx::Error> {
    let after = db::registration_state(conn, session.person_id, theme).await?;
    db::record(
        conn,
        &AuditRecord {
            at: state.now(),
            actor_id: session.person_id,
            action,
            theme_id: Some(theme),
            category_id: None,
            person_id: Some(session.person_id),
            before: before.as_ref(),
            after: after.as_ref(),
        },
    )
    .await
}

fn conflict_unless(ok: bool, code: &str, title: &str) -> Result<(), ApiError> {
    if ok {
        Ok(())
    } else {
        Err(ApiError::conflict(code, title))
    }
}

/// Approves a pending registration (or takes a stopped theme up again),
/// answering every required item: the theme then shows on my card.
#[utoipa::path(
    post,
    path = "/api/me/mentor-themes/{id}/approve",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    request_body = Answers,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The registration, approved", body = MyRegistration),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "I am not registered for this theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not pending or stopped (`not_pending`: approved already, or declined — an admin registers again), or the theme is archived (`theme_archived`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`, per item as `answers[<item id>]`: a required item unanswered (`required`), too long (short text 60, long text 400: `too_long`), not one of the options or not a year 1900–2100 (`invalid`), not an item of the theme (`unknown_item`); unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn approve(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Answers>,
) -> Result<Json<MyRegistration>, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    conflict_unless(
        matches!(reg.status, RegistrationStatus::Pending | RegistrationStatus::Stopped),
        "not_pending",
        "This registration is not waiting for an answer",
    )?;
    conflict_unless(!reg.archived, "theme_archived", "The theme is archived")?;
    let answers = body.validate(&reg.required_items).map_err(ApiError::Validation)?;
    let before = db::registration_state(&mut tx, session.person_id, id).await?;
    db::set_answers(&mut tx, session.person_id, id, &answers).await?;
    db::decide(&mut tx, session.person_id, id, RegistrationStatus::Approved, state.now(), "").await?;
    record(&mut tx, &state, &session, "registration.approve", id, &before).await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(reg))
}

/// Declines a pending registration, optionally telling the admins why.
#[utoipa::path(
    post,
    path = "/api/me/mentor-themes/{id}/decline",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    request_body(content = Option<Decline>, description = "Optional: `{\"reason\": …}`"),
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The registration, declined", body = MyRegistration),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "I am not registered for this theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not pending (`not_pending`): stop an approved theme instead", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `reason` over 1000 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn decline(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<Decline>,
) -> Result<Json<MyRegistration>, ApiError> {
    let id = parse_id(&id)?;
    let reason = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    conflict_unless(
        reg.status == RegistrationStatus::Pending,
        "not_pending",
        "This registration is not pending",
    )?;
    let before = db::registration_state(&mut tx, session.person_id, id).await?;
    db::decide(&mut tx, session.person_id, id, RegistrationStatus::Declined, state.now(), &reason).await?;
    record(&mut tx, &state, &session, "registration.decline", id, &before).await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(reg))
}

/// Replaces my answers to an approved theme's items (every required item
/// answered): this is how a `needs_answer` flag goes away.
#[utoipa::path(
    put,
    path = "/api/me/mentor-themes/{id}/answers",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    request_body = Answers,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The registration with its answers", body = MyRegistration),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "I am not registered for this theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not approved (`not_approved`): approve first", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation` per item as `answers[<item id>]`, as for approving", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_answers(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Answers>,
) -> Result<Json<MyRegistration>, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    conflict_unless(
        reg.status == RegistrationStatus::Approved,
        "not_approved",
        "This registration is not approved",
    )?;
    let answers = body.validate(&reg.required_items).map_err(ApiError::Validation)?;
    let before = db::registration_state(&mut tx, session.person_id, id).await?;
    db::set_answers(&mut tx, session.person_id, id, &answers).await?;
    record(&mut tx, &state, &session, "registration.answers", id, &before).await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(reg))
}

/// Stops mentoring an approved theme: it leaves my card and nobody can
/// request a new 1on1 under it; requests already made stay answerable and
/// my answers are kept (approving again takes it up).
#[utoipa::path(
    post,
    path = "/api/me/mentor-themes/{id}/stop",
    tag = "mentor-themes",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The registration, stopped", body = MyRegistration),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "I am not registered for this theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not approved (`not_approved`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn stop(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<MyRegistration>), ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    conflict_unless(
        reg.status == RegistrationStatus::Approved,
        "not_approved",
        "This registration is not approved",
    )?;
    let before = db::registration_state(&mut tx, session.person_id, id).await?;
    db::decide(&mut tx, session.person_id, id, RegistrationStatus::Stopped, state.now(), "").await?;
    record(&mut tx, &state, &session, "registration.stop", id, &before).await?;
    let reg = mine(&mut tx, session.person_id, id).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::OK, Json(reg)))
}
