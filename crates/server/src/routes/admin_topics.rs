//! `/api/admin/topics…`, `/api/admin/topic-categories…`, `/api/admin/responses…`:
//! the topic grid (category × past/present/future), who each prompt is
//! recommended to, and the responses wanted (対応).
//!
//! Behind [`crate::auth::admin_layer`] like every admin route. Each write
//! records an `audit_log` row in its transaction and moves the cache's
//! clock, so the next `/api/topics` or `/api/responses` answer shows it.
//! What a 1on1 refers to is archived, never deleted (409 `…_in_use`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::admin_topics::{
    AdminResponse, AdminTopic, AdminTopicCatalog, ArchivePatch, NewTopicInput, ResponseInput,
    TopicAuditState, TopicCategoryInput, TopicInput,
};
use naname_contract::Problem;
use sqlx::SqliteConnection;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin_topics as db;
use crate::AppState;

async fn audit(
    conn: &mut SqliteConnection,
    state: &AppState,
    session: &CurrentSession,
    action: &str,
    before: Option<&TopicAuditState>,
    after: Option<&TopicAuditState>,
) -> Result<(), sqlx::Error> {
    db::record(conn, state.now().timestamp(), session.person_id, action, before, after).await
}

fn topic_state(t: &AdminTopic) -> TopicAuditState {
    TopicAuditState::Topic {
        category_id: t.category_id,
        time_frame: t.time_frame,
        prompt: t.prompt.clone(),
        audience: t.audience,
        archived: t.archived,
    }
}

fn response_state(r: &AdminResponse) -> TopicAuditState {
    TopicAuditState::Response {
        name: r.name.clone(),
        description: r.description.clone(),
        archived: r.archived,
    }
}

/// Every topic category with all its prompts and every response, archived
/// ones included, each with whether a 1on1 used it.
#[utoipa::path(
    get,
    path = "/api/admin/topics",
    tag = "admin",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The whole catalogue", body = AdminTopicCatalog),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn topic_catalog(
    State(state): State<AppState>,
    _session: CurrentSession,
) -> Result<Json<AdminTopicCatalog>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    Ok(Json(db::catalog(&mut conn).await?))
}

/// Creates a topic category at the end (a new row of the grid).
#[utoipa::path(
    post,
    path = "/api/admin/topic-categories",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = TopicCategoryInput,
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 201, description = "The catalogue with the new category", body = AdminTopicCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_topic_category(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<TopicCategoryInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    db::insert_category(&mut tx, &input.name).await?;
    let after = TopicAuditState::TopicCategory { name: input.name };
    audit(&mut tx, &state, &session, "topic_category.create", None, Some(&after)).await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(catalog)).into_response())
}

/// Renames a topic category (both languages).
#[utoipa::path(
    put,
    path = "/api/admin/topic-categories/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = TopicCategoryInput,
    params(
        ("id" = i64, Path, description = "The category's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The catalogue", body = AdminTopicCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such category (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn rename_topic_category(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TopicCategoryInput>,
) -> Result<Json<AdminTopicCatalog>, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let name = db::category(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::rename_category(&mut tx, id, &input.name).await?;
    let before = TopicAuditState::TopicCategory { name };
    let after = TopicAuditState::TopicCategory { name: input.name };
    audit(&mut tx, &state, &session, "topic_category.rename", Some(&before), Some(&after)).await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(catalog))
}

/// Adds a prompt to a category, in one time frame, with its audiences.
#[utoipa::path(
    post,
    path = "/api/admin/topics",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = NewTopicInput,
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 201, description = "The new prompt", body = AdminTopic),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `prompt.ja` / `prompt.en` empty or over 80 characters, `category_id` not a topic category, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_topic(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<NewTopicInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    if db::category(&mut tx, input.category_id).await?.is_none() {
        return Err(ApiError::field("category_id", "unknown", "No such topic category"));
    }
    let id =
        db::insert_topic(&mut tx, input.category_id, input.time_frame, &input.prompt, input.audience).await?;
    let topic = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    audit(&mut tx, &state, &session, "topic.create", None, Some(&topic_state(&topic))).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(topic)).into_response())
}

/// Edits a prompt (both languages) and who it is recommended to. An old
/// 1on1 that chose it shows the new words.
#[utoipa::path(
    put,
    path = "/api/admin/topics/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = TopicInput,
    params(
        ("id" = i64, Path, description = "The topic's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The prompt", body = AdminTopic),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such topic (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `prompt.ja` / `prompt.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_topic(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TopicInput>,
) -> Result<Json<AdminTopic>, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::update_topic(&mut tx, id, &input.prompt, input.audience).await?;
    let after = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    audit(&mut tx, &state, &session, "topic.update", Some(&topic_state(&before)), Some(&topic_state(&after)))
        .await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(after))
}

/// Archives a prompt (it leaves `/api/topics` at once; 1on1s that chose it
/// keep showing it) or brings it back.
#[utoipa::path(
    patch,
    path = "/api/admin/topics/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ArchivePatch,
    params(
        ("id" = i64, Path, description = "The topic's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The prompt", body = AdminTopic),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such topic (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `archived` missing, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn patch_topic(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ArchivePatch>,
) -> Result<Json<AdminTopic>, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::set_archived(&mut tx, "topics", id, body.archived).await?;
    let after = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let action = if body.archived { "topic.archive" } else { "topic.unarchive" };
    audit(&mut tx, &state, &session, action, Some(&topic_state(&before)), Some(&topic_state(&after))).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(after))
}

/// Deletes a prompt no 1on1 ever chose.
#[utoipa::path(
    delete,
    path = "/api/admin/topics/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The topic's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such topic (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A 1on1 chose it (`topic_in_use`): archive it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_topic(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::topic(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    if before.used {
        return Err(ApiError::conflict("topic_in_use", "A 1on1 chose this topic: archive it instead"));
    }
    db::delete(&mut tx, "topics", id).await?;
    audit(&mut tx, &state, &session, "topic.delete", Some(&topic_state(&before)), None).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a response wanted (対応) at the end.
#[utoipa::path(
    post,
    path = "/api/admin/responses",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ResponseInput,
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 201, description = "The new response", body = AdminResponse),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, `description.ja` / `.en` over 1,000 characters or written in one language only, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_response(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<ResponseInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let id = db::insert_response(&mut tx, &input.name, &input.description).await?;
    let response = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    audit(&mut tx, &state, &session, "response.create", None, Some(&response_state(&response))).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(response)).into_response())
}

/// Edits a response's name and description (both languages).
#[utoipa::path(
    put,
    path = "/api/admin/responses/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ResponseInput,
    params(
        ("id" = i64, Path, description = "The response's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The response", body = AdminResponse),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such response (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, `description.ja` / `.en` over 1,000 characters or written in one language only, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_response(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ResponseInput>,
) -> Result<Json<AdminResponse>, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::update_response(&mut tx, id, &input.name, &input.description).await?;
    let after = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let (b, a) = (response_state(&before), response_state(&after));
    audit(&mut tx, &state, &session, "response.update", Some(&b), Some(&a)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(after))
}

/// Archives a response (it leaves `/api/responses` at once; old 1on1s keep
/// showing it) or brings it back.
#[utoipa::path(
    patch,
    path = "/api/admin/responses/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ArchivePatch,
    params(
        ("id" = i64, Path, description = "The response's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The response", body = AdminResponse),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such response (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `archived` missing, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn patch_response(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ArchivePatch>,
) -> Result<Json<AdminResponse>, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::set_archived(&mut tx, "response_kinds", id, body.archived).await?;
    let after = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let action = if body.archived { "response.archive" } else { "response.unarchive" };
    let (b, a) = (response_state(&before), response_state(&after));
    audit(&mut tx, &state, &session, action, Some(&b), Some(&a)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(after))
}

/// Deletes a response no 1on1 ever asked for.
#[utoipa::path(
    delete,
    path = "/api/admin/responses/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The response's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such response (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A 1on1 asked for it (`response_in_use`): archive it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_response(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::response(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    if before.used {
        return Err(ApiError::conflict(
            "response_in_use",
            "A 1on1 asked for this response: archive it instead",
        ));
    }
    db::delete(&mut tx, "response_kinds", id).await?;
    audit(&mut tx, &state, &session, "response.delete", Some(&response_state(&before)), None).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(StatusCode::NO_CONTENT)
}
