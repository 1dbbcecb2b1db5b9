//! Registrations: a theme's mentors, registering and withdrawing people,
//! and a person's themes.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use naname_contract::admin::{NewRegistrations, RegistrationList, RegistrationResult, RegistrationResults};
use naname_contract::{FieldError, Problem};

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin::{self as db};
use crate::AppState;

use super::*;

/// A theme's registrations with their status and dates, by reading.
#[utoipa::path(
    get,
    path = "/api/admin/themes/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The theme's id")),
    responses(
        (status = 200, description = "The registrations", body = RegistrationList),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn registrations(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<RegistrationList>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    load_theme(&mut conn, id).await?;
    Ok(Json(RegistrationList { items: db::registrations(&mut conn, Some(id), None).await? }))
}

/// Registers one or several people for a theme, with an optional message
/// they read in Settings. Each becomes `pending` until they approve
/// (answering the required items) or decline. People who had declined or
/// stopped are asked again (their earlier answers are kept to start from);
/// pending or approved ones are left as they are.
#[utoipa::path(
    post,
    path = "/api/admin/themes/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = NewRegistrations,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "What happened to each person, in the order sent", body = RegistrationResults),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The theme is archived (`theme_archived`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `person_ids` empty, more than 100, repeated or unknown (`person_ids[3]`, `not_found`); `message` over 1000 characters; unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewRegistrations>,
) -> Result<Json<RegistrationResults>, ApiError> {
    let id = parse_id(&id)?;
    body.validate().map_err(ApiError::Validation)?;
    let message = body.message.as_deref().unwrap_or("").trim().to_string();
    let now = state.now();
    let (_turn, mut tx) = state.begin_write().await?;
    let theme = load_theme(&mut tx, id).await?;
    if theme.archived {
        return Err(ApiError::conflict("theme_archived", "The theme is archived"));
    }
    let mut unknown = Vec::new();
    for (i, person) in body.person_ids.iter().enumerate() {
        if !db::person_exists(&mut tx, *person).await? {
            unknown.push(FieldError::new(format!("person_ids[{i}]"), "not_found", "No such person"));
        }
    }
    if !unknown.is_empty() {
        return Err(ApiError::Validation(unknown));
    }
    let mut results = Vec::with_capacity(body.person_ids.len());
    for person in &body.person_ids {
        let before = db::registration_state(&mut tx, *person, id).await?;
        let outcome = db::register(&mut tx, id, *person, session.person_id, now, &message).await?;
        if outcome != naname_contract::admin::RegistrationOutcome::AlreadyRegistered {
            let after = db::registration_state(&mut tx, *person, id).await?;
            let action = "registration.create";
            audit(
                &mut tx,
                &state,
                &session,
                action,
                Some(id),
                None,
                Some(*person),
                before.as_ref(),
                after.as_ref(),
            )
            .await?;
        }
        results.push(RegistrationResult { person_id: *person, outcome });
    }
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(RegistrationResults { results }))
}

/// Withdraws a person's registration for a theme, whatever its status,
/// with their answers to it. 1on1s already made under it stay.
#[utoipa::path(
    delete,
    path = "/api/admin/themes/{id}/registrations/{person_id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("person_id" = i64, Path, description = "The person's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such registration (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn withdraw(
    State(state): State<AppState>,
    session: CurrentSession,
    Path((id, person)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let (id, person) = (parse_id(&id)?, parse_id(&person)?);
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::registration_state(&mut tx, person, id).await?.ok_or(ApiError::NotFound)?;
    db::withdraw(&mut tx, id, person).await?;
    audit(
        &mut tx,
        &state,
        &session,
        "registration.withdraw",
        Some(id),
        None,
        Some(person),
        Some(&before),
        None,
    )
    .await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// A person's registrations across themes (archived themes included).
#[utoipa::path(
    get,
    path = "/api/admin/people/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The registrations, by theme order", body = RegistrationList),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn person_registrations(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<RegistrationList>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    if !db::person_exists(&mut conn, id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(RegistrationList { items: db::registrations(&mut conn, None, Some(id)).await? }))
}
