//! Theme categories: create, rename, reorder them and their themes.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::admin::{AdminCatalog, AdminCategory, AuditState, CategoryInput, Reorder};
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin::{self as db};
use crate::AppState;

use super::*;

/// Creates a theme category at the end.
#[utoipa::path(
    post,
    path = "/api/admin/theme-categories",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = CategoryInput,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 201, description = "The category (no themes yet)", body = AdminCategory),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_category(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<CategoryInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let (id, sort) = db::insert_category(&mut tx, &input.name).await?;
    let after = AuditState::Category { name: input.name.clone(), sort };
    audit(&mut tx, &state, &session, "category.create", None, Some(id), None, None, Some(&after)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(AdminCategory { id, name: input.name, themes: Vec::new() }))
        .into_response())
}

/// Renames a theme category (both languages).
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = CategoryInput,
    params(
        ("id" = i64, Path, description = "The category's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The category with its themes", body = AdminCategory),
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
pub async fn rename_category(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CategoryInput>,
) -> Result<Json<AdminCategory>, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let (name, sort) = db::category(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::rename_category(&mut tx, id, &input.name).await?;
    let before = AuditState::Category { name, sort };
    let after = AuditState::Category { name: input.name.clone(), sort };
    audit(&mut tx, &state, &session, "category.rename", None, Some(id), None, Some(&before), Some(&after))
        .await?;
    let category =
        db::catalog(&mut tx).await?.categories.into_iter().find(|c| c.id == id).ok_or(ApiError::NotFound)?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(category))
}

fn same_set(ids: &[i64], current: &[i64]) -> Result<(), ApiError> {
    let mut a = ids.to_vec();
    let mut b = current.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    if a == b {
        Ok(())
    } else {
        Err(ApiError::field("ids", "mismatch", "List every id of the set exactly once"))
    }
}

/// Puts the theme categories in a new order.
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/order",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = Reorder,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 200, description = "The catalogue in its new order", body = AdminCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `ids` repeated (`ids[2]`), or not exactly every category (`mismatch`), unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn order_categories(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<Reorder>,
) -> Result<Json<AdminCatalog>, ApiError> {
    body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let current = db::category_ids(&mut tx).await?;
    same_set(&body.ids, &current)?;
    db::order_categories(&mut tx, &body.ids).await?;
    let (before, after) = (AuditState::Order { ids: current }, AuditState::Order { ids: body.ids.clone() });
    audit(&mut tx, &state, &session, "category.order", None, None, None, Some(&before), Some(&after)).await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(catalog))
}

/// Puts a category's themes (archived ones included) in a new order. The
/// themes' versions do not move: an open edit of one stays valid.
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/{id}/theme-order",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = Reorder,
    params(
        ("id" = i64, Path, description = "The category's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The catalogue in its new order", body = AdminCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such category (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `ids` repeated (`ids[2]`), or not exactly the category's themes (`mismatch`), unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn order_themes(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Reorder>,
) -> Result<Json<AdminCatalog>, ApiError> {
    let id = parse_id(&id)?;
    body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    db::category(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let current = db::theme_ids_in(&mut tx, id).await?;
    same_set(&body.ids, &current)?;
    db::order_themes(&mut tx, &body.ids).await?;
    let (before, after) = (AuditState::Order { ids: current }, AuditState::Order { ids: body.ids.clone() });
    audit(&mut tx, &state, &session, "theme.order", None, Some(id), None, Some(&before), Some(&after))
        .await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(catalog))
}
